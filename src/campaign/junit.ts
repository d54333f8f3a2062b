// JUnit XML for CI dashboards: one test case per new finding (a failure), one passing case
// for the prototypes checked, so an empty campaign still shows up as a green run, and one
// passing case per root cause the dialects explained (known: nobody is paged for it).
import type { CampaignSummary } from './summary.js';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function junitXml(s: CampaignSummary): string {
  const failures = s.newFindings.map((f) =>
    `  <testcase classname="abifuzz.${esc(f.kind)}" name="${esc(f.signature)}">\n    <failure message="${esc(f.detail)}">${esc(`${f.file}\n${f.origin}`)}</failure>\n  </testcase>`);
  const known = s.rootCauses.map((r) =>
    `  <testcase classname="abifuzz.known" name="${esc(r.cause)}: ${r.findings} finding(s)">\n    <system-out>${esc(`e.g. ${r.example}; ${Object.entries(r.byKind).map(([k, n]) => `${k} ${n}`).join(', ')}`)}</system-out>\n  </testcase>`);
  const ok = `  <testcase classname="abifuzz.campaign" name="seed ${s.seed}${s.shard ? ` shard ${s.shard}` : ''}: ${s.checked} prototypes"/>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuite name="abifuzz fuzz" tests="${failures.length + known.length + 1}" failures="${failures.length}" time="${(s.seconds).toFixed(1)}">\n${[ok, ...known, ...failures].join('\n')}\n</testsuite>\n`;
}
