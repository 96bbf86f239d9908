import { Agent } from "https";
import { checkServerIdentity, PeerCertificate } from "tls";

const PINNED_KEY = "Vjs8r4z+80wjNcr1YKepWQboSIRi63WsWXhIMN+eWys=";

export const cdnAgent = new Agent({
  checkServerIdentity: (host: string, cert: PeerCertificate) => {
    const err = checkServerIdentity(host, cert);
    if (err) return err;
    return cert.pubkey?.toString("base64") === PINNED_KEY ? undefined : new Error("pin mismatch");
  },
});

export const ASSETS = "https://d111111abcdef8.cloudfront.net/assets/";
