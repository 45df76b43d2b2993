// Bundle-time stand-in for the `md5` package that digest-fetch imports: the same hex digest from node:crypto.
const { createHash } = require('node:crypto');
module.exports = (message) => createHash('md5').update(message).digest('hex');
