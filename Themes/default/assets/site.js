// PluginCatalog: progressive enhancement only. Every page works without this file.
