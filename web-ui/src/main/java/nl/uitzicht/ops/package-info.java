/** Operating the app in production: the one-shot migration run used by the Helm hook Job, and the refusal of demo defaults under the prod profile. */
@NullMarked
package nl.uitzicht.ops;

import org.jspecify.annotations.NullMarked;
