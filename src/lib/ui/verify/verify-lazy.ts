/** What the Verify button loads on its first press: the verification and the component that shows it. */
export { Verification } from './Verification.svelte';
export { default as VerifyStatus } from './VerifyStatus.svelte';
