// Bundle-time stand-in for `js-sha512` (digest-fetch uses only `sha512_256(text)` -> hex).
const { createHash } = require('node:crypto');
module.exports = { sha512_256: (message) => createHash('sha512-256').update(message).digest('hex') };
