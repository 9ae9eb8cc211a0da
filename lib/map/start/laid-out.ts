/** Resolves once `container` has a size: the map's framing depends on it, known once the stylesheet has laid it out. */
export function laidOut(container: HTMLElement): Promise<void> {
  // Usually already so: reading the size now saves waiting a frame for the observer.
  if (container.clientWidth > 0 && container.clientHeight > 0) return Promise.resolve();
  return new Promise((resolve) => {
    // Called once on observe() with the current size, then on every change.
    const observer = new ResizeObserver(() => {
      if (container.clientWidth === 0 || container.clientHeight === 0) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(container);
  });
}
