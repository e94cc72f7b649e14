/**
 * The console shell: the page layout every module's pages render into, login, navigation, the
 * language and tenant switches, error pages and the home page with a card per shop. Feature
 * modules serve their own pages; this module only frames them and reads a few counts for home.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "tenancy"})
package org.aftercare.console;
