package eu.cinema.testsupport.web;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The portal's main classes as ArchUnit sees them, imported once for every architecture test of the run. */
public final class PortalClasses {

    private static JavaClasses imported;

    private PortalClasses() {
    }

    public static synchronized JavaClasses get() {
        if (imported == null) {
            imported = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("eu.cinema");
        }
        return imported;
    }
}
