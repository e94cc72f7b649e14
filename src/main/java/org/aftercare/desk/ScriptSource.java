package org.aftercare.desk;

/** Where a script's text comes from. */
public enum ScriptSource {
    /** Shipped with Aftercare, in every buyer language. */
    BUILT_IN,
    /** Written or adapted by the tenant; overrides a built-in script of the same id in the languages it has. */
    TENANT
}
