/** Test helper: the browser demo server on a free port, stopped by the caller. */
import { startServer, type DemoServer } from '../../../examples/browser-host/serve';

/**
 * Starts the demo server on a free 127.0.0.1 port (unminified bundle builds faster).
 * @example const demo = await startDemo(); … await demo.close();
 */
export function startDemo(): Promise<DemoServer> {
  return startServer({ port: 0, minify: false });
}
