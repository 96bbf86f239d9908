const fs = require("fs");
const https = require("https");
const { S3Client, PutObjectCommand } = require("@aws-sdk/client-s3");
const { NodeHttpHandler } = require("@smithy/node-http-handler");

const agent = new https.Agent({ ca: fs.readFileSync("certs/corp-ca.pem"), keepAlive: true });

const s3 = new S3Client({ region: "eu-west-1", requestHandler: new NodeHttpHandler({ httpsAgent: agent }) });

async function upload(key, body) {
  return s3.send(new PutObjectCommand({ Bucket: "reports", Key: key, Body: body }));
}

module.exports = { upload };
