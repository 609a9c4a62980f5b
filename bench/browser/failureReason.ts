// A short, one-line reason from a thrown error, for an n/a row.
export function failureReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n')[0] ?? message).slice(0, 100);
}
