/**
 * Colours of the three themes, and the order each kind of state, end and arrow is listed in.
 */
import type { EndKind, SegmentKind } from './model';
import type { ArrowKind } from './i18n';

export type Theme = 'light' | 'dark' | 'print';

export interface Palette {
  background: string;
  text: string;
  muted: string;
  grid: string;
  axis: string;
  stripe: string;
  cursor: string;
  state: Record<SegmentKind, { fill: string; stroke: string; fg: string }>;
  end: Record<EndKind, string>;
  arrow: Record<ArrowKind, string>;
}

// Okabe–Ito: #E69F00 orange, #56B4E9 sky blue, #009E73 bluish green, #F0E442 yellow,
// #0072B2 blue, #D55E00 vermillion, #CC79A7 reddish purple.
export const PALETTES: Record<Theme, Palette> = {
  light: {
    background: '#ffffff',
    text: '#1f2328',
    muted: '#59636e',
    grid: '#e3e7ec',
    axis: '#8c959f',
    stripe: '#f6f8fa',
    cursor: '#d55e00',
    state: {
      running: { fill: '#0072b2', stroke: '#005a8c', fg: '#0072b2' },
      ready: { fill: '#fdf3dc', stroke: '#c98800', fg: '#e69f00' },
      sleeping: { fill: '#d6ecf9', stroke: '#56b4e9', fg: '#56b4e9' },
      waiting: { fill: '#e3f4ee', stroke: '#009e73', fg: '#009e73' },
      'blocked-sync': { fill: '#f8e6ef', stroke: '#b35c8c', fg: '#cc79a7' },
      frozen: { fill: '#fbe3d4', stroke: '#d55e00', fg: '#d55e00' },
    },
    end: { done: '#1f2328', cancelled: '#59636e', failed: '#d55e00', pending: '#59636e' },
    arrow: { spawn: '#8c959f', wake: '#b35c8c', 'fan-in': '#009e73', cancel: '#c0392b' },
  },
  dark: {
    background: '#0f1419',
    text: '#e6edf3',
    muted: '#9aa5b1',
    grid: '#262d36',
    axis: '#6e7781',
    stripe: '#151b22',
    cursor: '#f0a35e',
    state: {
      running: { fill: '#56b4e9', stroke: '#8fd0f5', fg: '#56b4e9' },
      ready: { fill: '#3a2e12', stroke: '#e6a100', fg: '#e69f00' },
      sleeping: { fill: '#1c3447', stroke: '#4a90bd', fg: '#4a90bd' },
      waiting: { fill: '#10302a', stroke: '#1fbf8f', fg: '#1fbf8f' },
      'blocked-sync': { fill: '#3a2233', stroke: '#e08fbd', fg: '#e08fbd' },
      frozen: { fill: '#3f2210', stroke: '#ff7a2f', fg: '#ff7a2f' },
    },
    end: { done: '#e6edf3', cancelled: '#9aa5b1', failed: '#ff7a2f', pending: '#9aa5b1' },
    arrow: { spawn: '#6e7781', wake: '#e08fbd', 'fan-in': '#1fbf8f', cancel: '#ff6b5e' },
  },
  print: {
    background: '#ffffff',
    text: '#000000',
    muted: '#444444',
    grid: '#dddddd',
    axis: '#666666',
    stripe: '#f4f4f4',
    cursor: '#000000',
    state: {
      running: { fill: '#222222', stroke: '#000000', fg: '#222222' },
      ready: { fill: '#ffffff', stroke: '#000000', fg: '#000000' },
      sleeping: { fill: '#d0d0d0', stroke: '#555555', fg: '#555555' },
      waiting: { fill: '#ffffff', stroke: '#333333', fg: '#333333' },
      'blocked-sync': { fill: '#ffffff', stroke: '#333333', fg: '#333333' },
      frozen: { fill: '#bbbbbb', stroke: '#000000', fg: '#000000' },
    },
    end: { done: '#000000', cancelled: '#444444', failed: '#000000', pending: '#444444' },
    arrow: { spawn: '#777777', wake: '#000000', 'fan-in': '#333333', cancel: '#000000' },
  },
};

export const STATE_ORDER: SegmentKind[] = ['running', 'ready', 'sleeping', 'waiting', 'blocked-sync', 'frozen'];
export const END_ORDER: EndKind[] = ['done', 'cancelled', 'failed', 'pending'];
export const ARROW_ORDER: ArrowKind[] = ['spawn', 'wake', 'fan-in', 'cancel'];
