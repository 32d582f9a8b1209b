/** «Импорт из Word…»: what the bundle exposes. */
export { importPreview, importApply, showImportSidebar } from './endpoints';
