// Places and controls calls in the sandbox with the official Node library, unchanged, through
// the docs/sandbox.md request client. Run by test_official.py; prints one JSON line.
const twilio = require("twilio");

class SandboxRequestClient extends twilio.RequestClient {
  constructor(baseUrl) {
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

const [base, sid, token, from, to, url] = process.argv.slice(2);
const client = twilio(sid, token, { httpClient: new SandboxRequestClient(base) });
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

(async () => {
  const call = await client.calls.create({ to, from, url, statusCallbackEvent: ["initiated", "completed"], statusCallback: url });
  let fetched = await client.calls(call.sid).fetch();
  for (let i = 0; i < 100 && fetched.status !== "completed"; i++) {
    await sleep(50);
    fetched = await client.calls(call.sid).fetch();
  }
  let code = null;
  try {
    await client.calls(call.sid).update({ twiml: "<Response><Say>too late</Say></Response>" });
  } catch (e) {
    code = e.code;
  }
  const completed = await client.calls.list({ status: "completed", limit: 20 });
  console.log(JSON.stringify({
    sid: call.sid,
    created: call.status,
    status: fetched.status,
    duration: fetched.duration,
    direction: fetched.direction,
    code,
    listed: completed.map((c) => c.sid),
  }));
})().catch((e) => { console.error(e); process.exit(1); });
