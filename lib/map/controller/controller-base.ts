import type { Map as MapLibreMap } from "maplibre-gl";

/**
 * What the event map's controller and the dashboard's share: the map they own, where its reader
 * events go (connected by React, nowhere until then), and a state React follows with
 * useSyncExternalStore.
 */
export abstract class ControllerBase<State, Handlers> {
  protected handlers: Handlers | null = null;
  private readonly listeners = new Set<() => void>();

  protected constructor(
    readonly map: MapLibreMap,
    private state: State,
  ) {}

  /** Where the map's reader events go; until connected they go nowhere. Returns a disconnect. */
  connect(handlers: Handlers): () => void {
    this.handlers = handlers;
    return () => {
      if (this.handlers === handlers) this.handlers = null;
    };
  }

  getState = (): State => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  remove(): void {
    this.listeners.clear();
    this.handlers = null;
    this.map.remove();
  }

  protected setState(state: State): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}
