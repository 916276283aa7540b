package dev.odgen.samples.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class of the suite that runs once per {@link Backend}: the build's MariaDB run selects classes by
 * this tag (so {@code -Dtest=} of another test does not run it twice), and the class is skipped, saying why, when
 * its backend is MariaDB and none answers.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("e2e")
@ExtendWith(BackendAvailable.class)
@interface EndToEnd {
}
