// Bundle-time stand-in for `js-sha256` (digest-fetch uses only `sha256(text)` -> hex).
const { createHash } = require('node:crypto');
module.exports = { sha256: (message) => createHash('sha256').update(message).digest('hex') };
