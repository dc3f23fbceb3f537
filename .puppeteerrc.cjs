// Puppeteer drives Debian's Firefox ESR here (see web-test-runner.config.mjs); it must never
// download a browser of its own at install time, which fails on machines without open internet.
module.exports = { skipDownload: true };
