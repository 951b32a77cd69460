/** Tend's line icons: the component and the names it draws. */
export { default as Icon } from './Icon.svelte';
export { ICONS, type IconName } from './icons';
