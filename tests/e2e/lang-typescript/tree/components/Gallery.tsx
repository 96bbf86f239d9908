import * as https from "https";
import { S3Client } from "@aws-sdk/client-s3";

const devAgent = new https.Agent({ rejectUnauthorized: false });

export const client = new S3Client({ region: "us-east-1" });

export function Gallery({ images }: { images: string[] }) {
  return <ul>{images.map((src) => <li key={src}><img src={src} /></li>)}</ul>;
}

export default devAgent;
