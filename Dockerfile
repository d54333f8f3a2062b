# A thin layer over docker/install.sh: the image holds exactly what CI installs.
FROM node:20-bookworm
WORKDIR /abifuzz
COPY . .
RUN bash docker/install.sh
ENTRYPOINT ["node", "/abifuzz/dist/src/cli/main.js"]
