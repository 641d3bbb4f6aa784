/** The page's first moves, before SvelteKit's router starts: a link too big to open leaves the address. */
import { dropOversizedLink } from '$lib/ui/state/oversized-link';

export const init = (): void => dropOversizedLink();
