// Test support (integration and e2e): a real SMTP server on 127.0.0.1 (smtp-server) that parses every
// message it accepts (mailparser) and keeps it, optionally requiring a user and password, and
// optionally refusing recipients for good (550). `close` takes it down; start another on the same
// port to bring it back.
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export type ReceivedEmail = { envelopeTo: string[]; authenticatedUser: string | null; mail: ParsedMail };

export type TestSmtpReceiver = {
  port: number;
  /** smtp://[user:pass@]127.0.0.1:port */
  url: string;
  received: ReceivedEmail[];
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedEmail[]>;
  close(): Promise<void>;
};

export type TestSmtpOptions = { port?: number; auth?: { user: string; pass: string }; refuseRecipients?: boolean };

export async function startTestSmtpReceiver(options: TestSmtpOptions = {}): Promise<TestSmtpReceiver> {
  const received: ReceivedEmail[] = [];
  const { auth } = options;
  const server = new SMTPServer({
    secure: false,
    logger: false,
    disabledCommands: auth ? ["STARTTLS"] : ["STARTTLS", "AUTH"],
    authOptional: !auth,
    allowInsecureAuth: true,
    onAuth(credentials, _session, callback) {
      if (auth && credentials.username === auth.user && credentials.password === auth.pass) callback(null, { user: credentials.username });
      else callback(Object.assign(new Error("Invalid username or password"), { responseCode: 535 }));
    },
    onRcptTo(_address, _session, callback) {
      if (options.refuseRecipients) callback(Object.assign(new Error("No such mailbox here"), { responseCode: 550 }));
      else callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const envelopeTo = session.envelope.rcptTo.map((recipient) => recipient.address);
          received.push({ envelopeTo, authenticatedUser: typeof session.user === "string" ? session.user : null, mail });
          callback();
        })
        .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  const credentials = auth ? `${encodeURIComponent(auth.user)}:${encodeURIComponent(auth.pass)}@` : "";
  return {
    port,
    url: `smtp://${credentials}127.0.0.1:${port}`,
    received,
    async waitFor(count, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > deadline) throw new Error(`The test SMTP server received ${received.length} of ${count} messages`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return received;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
