/** Operating the app in production: the one-shot migration run used by the Helm hook Job. */
@NullMarked
package nl.uitzicht.ops;

import org.jspecify.annotations.NullMarked;
