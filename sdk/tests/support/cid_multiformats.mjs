// The reference JavaScript implementation of multiformats, for sdk/tests/it/cid_multiformats.rs.
//
//   node cid_multiformats.mjs cid FILE...    prints, per file, the CIDv1 of its bytes as one raw
//                                            block (raw codec, sha2-256)
//   node cid_multiformats.mjs parse CID...   prints, per CID, its version, codec, multihash code
//                                            and digest (hex), separated by spaces
import { readFile } from "node:fs/promises";
import { CID } from "multiformats/cid";
import * as raw from "multiformats/codecs/raw";
import { sha256 } from "multiformats/hashes/sha2";

const [command, ...args] = process.argv.slice(2);
const hex = (bytes) => Buffer.from(bytes).toString("hex");

if (command === "cid") {
  for (const path of args) {
    const cid = CID.create(1, raw.code, await sha256.digest(await readFile(path)));
    process.stdout.write(`${cid.toString()}\n`);
  }
} else if (command === "parse") {
  for (const text of args) {
    const cid = CID.parse(text);
    process.stdout.write(
      `${cid.version} ${cid.code} ${cid.multihash.code} ${hex(cid.multihash.digest)}\n`,
    );
  }
} else {
  process.stderr.write("usage: cid_multiformats.mjs (cid FILE... | parse CID...)\n");
  process.exit(2);
}
