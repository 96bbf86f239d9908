const axios = require("axios");

process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";
process.env.NODE_EXTRA_CA_CERTS = "/etc/ssl/corp-extra.pem";

axios.get("https://seed.internal.example.com/data.json").then((r) => console.log(r.status));
