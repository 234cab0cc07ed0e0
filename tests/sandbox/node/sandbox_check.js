// The docs/sandbox.md recipe for the official Node library, run by test_core_twilio_official.py
// when node and the twilio npm package are available (NODE_PATH may point at its node_modules).
const twilio = require("twilio");

class SandboxRequestClient extends twilio.RequestClient {
  constructor(baseUrl = "http://127.0.0.1:8787") {
    super();
    this.baseUrl = baseUrl.replace(/\/$/, "");
  }
  request(opts) {
    const url = new URL(opts.uri);
    if (url.hostname.endsWith(".twilio.com")) {
      const label = url.hostname.split(".")[0];
      opts.uri = `${this.baseUrl}/${label}${url.pathname}${url.search}`;
    }
    return super.request(opts);
  }
}

const [base, sid, token] = process.argv.slice(2);
const client = twilio(sid, token, { httpClient: new SandboxRequestClient(base) });
(async () => {
  const msg = await client.messages.create({ to: "+14155550100", from: "+14155550111", body: "from node" });
  const fetched = await client.messages(msg.sid).fetch();
  for (let i = 0; i < 4; i++) await client.verify.v2.services.create({ friendlyName: `n${i}` });
  const services = await client.verify.v2.services.list({ pageSize: 2 });
  const messages = await client.messages.list({ pageSize: 1 });
  let code = null;
  try { await client.queues("QU00000000000000000000000000000000").fetch(); } catch (e) { code = e.code; }
  console.log(JSON.stringify({ sid: msg.sid, body: fetched.body, services: services.length, messages: messages.length, code }));
})().catch((e) => { console.error(e); process.exit(1); });
