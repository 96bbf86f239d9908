const https = require("https");
const { createAgent } = require("../lib/agent");

function uploadReport(body) {
  const agent = createAgent();
  const req = https.request("https://nightly-reports.s3.amazonaws.com/report.json", { agent, method: "PUT" });
  req.end(body);
}

module.exports = { uploadReport };
