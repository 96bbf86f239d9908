#!/usr/bin/env bash
# Regenerates the test PKIs and malformed inputs in this folder (the outputs are committed, so tests
# need no generation step). Needs openssl, keytool (JDK) and python3. Real ATS certificates come
# from rules/profiles/aws-ats/; this script only copies some into other container formats.
set -euo pipefail
cd "$(dirname "$0")"
ATS=../../../rules/profiles/aws-ats
rm -rf capath capath_unhashed && mkdir -p capath
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

subj() { echo "/C=US/O=atscan tests/CN=$1"; }

# --- A private PKI: root → intermediate → leaf (RSA), an unrelated EC root, a client certificate.
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/root.key" -out own_root.pem -days 7300 \
  -subj "$(subj 'Example Private Root CA')" -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign 2>/dev/null
openssl req -newkey rsa:2048 -nodes -keyout "$work/inter.key" -out "$work/inter.csr" -subj "$(subj 'Example Issuing CA')" 2>/dev/null
printf 'basicConstraints=critical,CA:TRUE,pathlen:0\nkeyUsage=critical,keyCertSign,cRLSign\n' >"$work/ca.ext"
openssl x509 -req -in "$work/inter.csr" -CA own_root.pem -CAkey "$work/root.key" -CAserial "$work/serial.srl" -CAcreateserial -days 3650 \
  -extfile "$work/ca.ext" -out own_intermediate.pem 2>/dev/null
openssl req -newkey rsa:2048 -nodes -keyout "$work/leaf.key" -out "$work/leaf.csr" -subj "$(subj 'service.example.com')" 2>/dev/null
printf 'basicConstraints=critical,CA:FALSE\nextendedKeyUsage=serverAuth\nsubjectAltName=DNS:service.example.com\n' >"$work/leaf.ext"
openssl x509 -req -in "$work/leaf.csr" -CA own_intermediate.pem -CAkey "$work/inter.key" -CAserial "$work/serial.srl" -CAcreateserial -days 825 \
  -extfile "$work/leaf.ext" -out own_leaf.pem 2>/dev/null
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$work/ec.key" -out own_ec_root.pem -days 7300 \
  -subj "$(subj 'Example EC Root')" -addext basicConstraints=critical,CA:TRUE 2>/dev/null
cp "$work/leaf.key" own_leaf.key

# --- An expired root (valid 2000-2001), made with `openssl ca` for fixed dates.
mkdir -p "$work/ca" && touch "$work/ca/index.txt" && echo 01 >"$work/ca/serial"
cat >"$work/ca.cnf" <<CNF
[ca]
default_ca = d
[d]
dir = $work/ca
database = \$dir/index.txt
serial = \$dir/serial
new_certs_dir = \$dir
default_md = sha256
policy = p
copy_extensions = copy
[p]
commonName = supplied
CNF
openssl req -new -newkey rsa:2048 -nodes -keyout "$work/old.key" -out "$work/old.csr" -subj "/CN=Example Expired Root" \
  -addext basicConstraints=critical,CA:TRUE 2>/dev/null
openssl ca -batch -config "$work/ca.cnf" -selfsign -keyfile "$work/old.key" -in "$work/old.csr" \
  -startdate 20000101000000Z -enddate 20010101000000Z -out "$work/old.pem" 2>/dev/null
openssl x509 -in "$work/old.pem" -out expired_root.pem

# --- Bundles of real certificates, with junk, comments and CRLF between blocks.
{
  echo "# Company bundle, generated $(date -u +%Y) for tests"
  echo "Amazon Root CA 1"
  echo "================"
  cat "$ATS/Amazon_Root_CA_1.pem"
  echo
  echo "Baltimore CyberTrust Root (legacy)"
  cat "$ATS/Baltimore_CyberTrust_Root.pem"
  echo "trailing junk that is not PEM"
} | sed 's/$/\r/' >mixed_crlf_bundle.pem
cat "$ATS/Baltimore_CyberTrust_Root.pem" "$ATS/DigiCert_Global_Root_CA.pem" >legacy_only.pem
cat "$ATS/Starfield_Class_2_CA.pem" >class2_only.pem
cat "$ATS/Starfield_Services_Root_Certificate_Authority_-_G2.pem" >sfs_g2_only.pem
cat "$ATS/Amazon_Root_CA_3.pem" >ecdsa_root_only.pem
cat "$ATS/inter/Amazon_RSA_2048_M01.pem" >m01_only.pem
cat "$ATS/inter/Amazon_RSA_2048_M02.pem" >m02_only.pem
cat "$ATS/Starfield_Root_Certificate_Authority_-_G2.pem" >lookalike_only.pem
cat "$ATS/cross/Amazon_Root_CA_1_xsigned_by_Starfield_Services_Root_G2.pem" >cross_root1_only.pem
cat own_root.pem own_ec_root.pem >unrelated_roots.pem
cat "$ATS/ats-trust-anchors-5.pem" >ats_anchors.pem

# --- Other containers.
openssl x509 -in "$ATS/Amazon_Root_CA_1.pem" -outform DER -out amazon_root_ca_1.der
openssl x509 -in "$ATS/Amazon_Root_CA_1.pem" -outform DER | base64 -w0 >amazon_root_ca_1.b64
cat "$ATS/Amazon_Root_CA_1.pem" "$ATS/Starfield_Services_Root_Certificate_Authority_-_G2.pem" >"$work/two.pem"
openssl crl2pkcs7 -nocrl -certfile "$work/two.pem" -out ats_two.p7b
openssl crl2pkcs7 -nocrl -certfile "$work/two.pem" -outform DER -out ats_two_der.p7b
openssl pkcs12 -export -nokeys -in "$work/two.pem" -passout pass: -out ats_empty_password.p12 2>/dev/null
openssl pkcs12 -export -nokeys -in "$ATS/Amazon_Root_CA_1.pem" -passout pass:changeit -out ats_changeit.p12 2>/dev/null
openssl pkcs12 -export -nokeys -in "$ATS/Amazon_Root_CA_1.pem" -passout pass:s3cr3t-Pa55 -out ats_secret_password.p12 2>/dev/null
openssl pkcs12 -export -inkey own_leaf.key -in own_leaf.pem -passout pass:password -out client_identity.p12 2>/dev/null
rm -f ats.jks ats.jceks legacy.jks
for store in ats.jks:JKS ats.jceks:JCEKS; do
  f=${store%%:*} t=${store##*:}
  keytool -importcert -noprompt -storetype "$t" -keystore "$f" -storepass changeit -alias amazonrootca1 \
    -file "$ATS/Amazon_Root_CA_1.pem" >/dev/null 2>&1
  keytool -importcert -noprompt -storetype "$t" -keystore "$f" -storepass changeit -alias starfieldservicesrootg2ca \
    -file "$ATS/Starfield_Services_Root_Certificate_Authority_-_G2.pem" >/dev/null 2>&1
done
keytool -importcert -noprompt -storetype JKS -keystore legacy.jks -storepass changeit -alias baltimore \
  -file "$ATS/Baltimore_CyberTrust_Root.pem" >/dev/null 2>&1
rm -f java_truststore.p12
keytool -importcert -noprompt -storetype PKCS12 -keystore java_truststore.p12 -storepass changeit -alias amazonrootca1 \
  -file "$ATS/Amazon_Root_CA_1.pem" >/dev/null 2>&1

# A BouncyCastle BKS (v2) store with one trusted certificate, written field by field (no BC jar needed).
python3 - "$ATS/Amazon_Root_CA_1.pem" amazon_root_ca_1.bks <<'PY'
import base64, struct, sys, hashlib
pem = open(sys.argv[1]).read()
der = base64.b64decode("".join(l for l in pem.splitlines() if "-----" not in l))
def utf(s): b = s.encode(); return struct.pack(">H", len(b)) + b
out = struct.pack(">I", 2) + struct.pack(">I", 20) + b"\x01" * 20 + struct.pack(">I", 1024)
out += b"\x01" + utf("amazonrootca1") + struct.pack(">Q", 1700000000000) + struct.pack(">I", 0)
out += utf("X.509") + struct.pack(">I", len(der)) + der + b"\x00"
out += hashlib.sha1(out).digest()  # stands in for the HMAC (not checked when reading certificates)
open(sys.argv[2], "wb").write(out)
PY

# --- OpenSSL hashed directory (CApath) with the ATS anchors, plus an unhashed directory.
for f in "$ATS"/Amazon_Root_CA_1.pem "$ATS"/Starfield_Services_Root_Certificate_Authority_-_G2.pem; do
  cp "$f" "capath/$(openssl x509 -in "$f" -noout -subject_hash).0"
done
mkdir -p capath_unhashed && cp "$ATS/Amazon_Root_CA_1.pem" capath_unhashed/amazon.pem

# --- Malformed inputs.
: >empty.pem
head -c 700 "$ATS/Amazon_Root_CA_1.pem" >truncated.pem
sed '3s/^\(....\)./\1!/' "$ATS/Amazon_Root_CA_1.pem" >bad_base64.pem
head -c 512 /dev/urandom >garbage.der
printf '\x30\x82\x01\x00garbage-that-claims-to-be-DER' >fake_der.der
cp own_leaf.key key_only.pem
cat own_leaf.pem >leaf_only.pem
echo "made: $(ls | wc -l) files"
