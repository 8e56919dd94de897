// A full garbage collection on demand. Start-up reads the whole graph once (the read cache from the
// store, then the impact projection and the neighbourhood arrays from the read cache) and leaves
// hundreds of megabytes of rows and intermediate objects behind at 100k nodes; V8 collects them
// only as later allocation asks, and keeps the heap it grew to meanwhile, so a server that had just
// started held a quarter more memory than it uses. One collection after each big step gives it
// back at once and keeps the next step from growing the heap further.
import v8 from 'node:v8';
import vm from 'node:vm';

let collect: (() => void) | null | undefined;

/** What `--expose-gc` gives, without asking for the flag on the command line (the way Jest's leak
 *  detection does it); nothing when V8 refuses. */
export function collectGarbage(): void {
  if (collect === undefined) {
    v8.setFlagsFromString('--expose-gc');
    const gc: unknown = vm.runInNewContext('gc');
    collect = typeof gc === 'function' ? (gc as () => void) : null;
  }
  collect?.();
}
