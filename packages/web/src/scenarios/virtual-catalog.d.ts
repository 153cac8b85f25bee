// Made by scenario-catalog-plugin.ts from the scenarios folder when the app is built or served.
declare module 'virtual:rapport/scenario-catalog' {
  export const catalog: import('./library-catalog').LibraryCatalog;
}
