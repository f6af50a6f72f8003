import { UserConfigFn } from 'vite';
import { overrideVaadinConfig } from './vite.generated.ts';

/*
 * One chunk for everything a page needs before its first view shows (issue 12, ADR 0054).
 *
 * Left to itself the bundler cuts Vaadin's start-up code into a dozen small shared chunks. On the owner's phone
 * (150 ms round trips, HTTP/1.1 with six connections) a dozen files cost three to four round trips even when all
 * are preloaded, and each file its own headers. Every module that the entry reaches by static imports, or through
 * the client's own start-up modules that it imports dynamically (FlowBootstrap, FlowClient, ApplicationConnection,
 * the generated component imports), goes into one chunk. What only a view's lazy chunk or an on-demand import
 * needs stays out, so no page downloads more than before. The chunk takes the name of one of its modules.
 */
const STARTED_DYNAMICALLY = /(FlowBootstrap|FlowClient|ApplicationConnection|generated-flow-imports|vaadin-flow-client)/;
const VIEW_CHUNK = /[\\/]generated[\\/]flow[\\/]chunks[\\/]/;

type Info = { isEntry: boolean; importers: readonly string[]; dynamicImporters: readonly string[] } | null;

const startup = new Map<string, boolean>();

function neededAtStartup(id: string, info: (id: string) => Info, path: Set<string> = new Set()): boolean {
  const known = startup.get(id);
  if (known !== undefined) {
    return known;
  }
  if (path.has(id)) {
    return false;
  }
  const module = info(id);
  if (!module || VIEW_CHUNK.test(id)) {
    return false;
  }
  path.add(id);
  const importers = [...module.importers, ...(STARTED_DYNAMICALLY.test(id) ? module.dynamicImporters : [])];
  const needed = module.isEntry || importers.some((importer) => neededAtStartup(importer, info, path));
  path.delete(id);
  // only settled answers are kept: a "no" found while a cycle was open may still turn into a "yes"
  if (needed || path.size === 0) {
    startup.set(id, needed);
  }
  return needed;
}

const customConfig: UserConfigFn = () => ({
  build: {
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: (id, context) =>
                neededAtStartup(id, (other) => context.getModuleInfo(other) as Info) ? 'startup' : null
            }
          ]
        }
      }
    }
  }
});

export default overrideVaadinConfig(customConfig);
