/** The colour browsers paint their bar with and an installed portal's splash screen: the design
 * tokens' --color-primary-900 (app/globals.css, after KRDS), the masthead's navigation colour. */
export const THEME_COLOR = '#052561';
/** The page's background (--color-… none: white). */
export const BACKGROUND_COLOR = '#ffffff';
