/** The page's state, handed to every region through Svelte context rather than a module-level singleton. */
import { createContext } from 'svelte';
import type { App } from './App.svelte';

export const [getApp, setApp] = createContext<App>();
