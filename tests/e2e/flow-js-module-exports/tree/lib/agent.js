const fs = require("fs");
const https = require("https");

function createAgent() {
  return new https.Agent({ ca: fs.readFileSync("certs/legacy-roots.pem"), keepAlive: true });
}

module.exports = { createAgent };
