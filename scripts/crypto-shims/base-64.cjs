// Bundle-time stand-in for `base-64` (digest-fetch uses only `encode(text)` for Basic auth).
module.exports = { encode: (text) => Buffer.from(text, 'latin1').toString('base64') };
