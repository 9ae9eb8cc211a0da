/**
 * Runs `create`, answering null when it throws the library's WebGL initialisation error (no WebGL2
 * context: switched off, blocklisted GPU) so the page can explain it; other errors propagate.
 */
export function createMapOrNull<T>(create: () => T, gpuInitializationError: abstract new (...args: never[]) => Error): T | null {
  try {
    return create();
  } catch (error) {
    if (error instanceof gpuInitializationError) return null;
    throw error;
  }
}
