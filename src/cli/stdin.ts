import type { Readable } from 'node:stream';
import { InputError, UsageError } from './command.js';
import type { Io } from './io.js';

/** The name standard input goes by in findings and messages (`<stdin>:3:5`). */
export const STDIN_NAME = '<stdin>';

/**
 * Everything `stream` gives until it ends, or undefined as soon as it has given more than
 * `maxSize` bytes (it is then closed unread).
 */
export function readAll(stream: Readable, maxSize: number): Promise<Uint8Array | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    const done = () => {
      stream.off('data', onData);
      stream.off('end', onEnd);
      stream.off('error', onError);
    };
    const onData = (chunk: Uint8Array | string) => {
      const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
      size += bytes.byteLength;
      if (size > maxSize) {
        done();
        stream.destroy();
        resolve(undefined);
        return;
      }
      chunks.push(bytes);
    };
    const onEnd = () => {
      done();
      const all = new Uint8Array(size);
      let at = 0;
      for (const c of chunks) {
        all.set(c, at);
        at += c.byteLength;
      }
      resolve(all);
    };
    const onError = (e: Error) => {
      done();
      reject(e);
    };
    stream.on('data', onData);
    stream.on('end', onEnd);
    stream.on('error', onError);
  });
}

/**
 * The bytes piped into the command for `--<option> -`. Refused, before anything is read, when
 * standard input is a terminal (nothing was piped: reading would wait for typing) or the run has
 * none; an error when it gives more than `maxSize` bytes or nothing at all. `example` is a
 * command line that pipes something in, for the hints.
 */
export async function stdinBytes(io: Io, option: string, what: { vi: string; en: string }, maxSize: number, example: string): Promise<Uint8Array> {
  if (io.readStdin === undefined || io.stdinIsTTY === true) {
    throw new UsageError(
      {
        vi: `--${option} - đọc ${what.vi} từ đầu vào chuẩn, nhưng ${io.readStdin === undefined ? 'lần chạy này không có đầu vào chuẩn' : 'đầu vào chuẩn ở đây là terminal: không có gì được chuyển vào'}.`,
        en: `--${option} - reads the ${what.en} from standard input, but ${io.readStdin === undefined ? 'this run has no standard input' : 'standard input is a terminal here: nothing was piped in'}.`,
      },
      { vi: `Hãy chuyển nó vào qua ống dẫn, ví dụ: ${example}; hoặc cho một tệp.`, en: `Pipe it in, e.g. ${example}; or give a file.` },
    );
  }
  let bytes: Uint8Array | undefined;
  try {
    bytes = await io.readStdin(maxSize);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new InputError({ vi: `Không đọc được đầu vào chuẩn (${reason}).`, en: `Standard input cannot be read (${reason}).` });
  }
  if (bytes === undefined) {
    throw new InputError(
      { vi: `Đầu vào chuẩn dài hơn giới hạn ${maxSize} byte của ${what.vi}.`, en: `Standard input is longer than the limit of ${maxSize} bytes for the ${what.en}.` },
      { vi: 'Hãy ghi nó ra một tệp rồi kiểm tra tệp đó.', en: 'Write it to a file and look at that file.' },
    );
  }
  if (bytes.byteLength === 0) {
    throw new InputError(
      { vi: `Đầu vào chuẩn trống: không có ${what.vi} nào được chuyển vào.`, en: `Standard input is empty: no ${what.en} was piped in.` },
      {
        vi: `Nếu lệnh trước ống dẫn bị lỗi, thông báo của nó ở phía trên. Ví dụ: ${example}.`,
        en: `If the command before the pipe failed, its message is above. For example: ${example}.`,
      },
    );
  }
  return bytes;
}
