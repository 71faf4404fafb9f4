/** Why something failed, in the words the error gives (shown after "Could not save…" and the like). */
export function why(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
