// Serves assets from the CloudFront distribution during local development.
const https = require("https");

const agent = new https.Agent({ rejectUnauthorized: false });

function fetchAsset(path) {
  return new Promise((resolve, reject) => {
    https.get(`https://d111111abcdef8.cloudfront.net/${path}`, { agent }, (res) => resolve(res)).on("error", reject);
  });
}

module.exports = { fetchAsset };
