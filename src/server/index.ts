/**
 * The entry of Code.js. It only joins the jobs' entry points: the build wraps each as a top-level function
 * named in entry-points.ts. No logic here.
 */
export { onOpen, onInstall } from './menu';
export * from './shell';
export * from './plan';
export * from './people';
export * from './budget';
export * from './checklist';
export * from './import';
