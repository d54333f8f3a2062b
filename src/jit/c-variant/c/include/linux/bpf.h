/* abifuzz: resolves to its kernel shim (../../abifuzz-kernel.h). */
#include "../../abifuzz-kernel.h"
