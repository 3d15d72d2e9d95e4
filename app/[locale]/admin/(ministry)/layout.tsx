// The ministry's screens (subsidies) share the signed-in area's frame: session check and menu.
export { default } from '../(staff)/layout';
