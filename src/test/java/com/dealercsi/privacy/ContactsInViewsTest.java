package com.dealercsi.privacy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.dealercsi.visit.Visits;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Views get an owner's contacts masked from the services, and in full only through {@link OwnerContacts} (ADR
 * 0052): a view that read a visit with {@link Visits#find} or {@link Visits#findAll} would hold the full values
 * and could show them without a reveal in the audit trail.
 */
class ContactsInViewsTest {

    private static final Set<String> FULL_CONTACTS = Set.of("find", "findAll");

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.dealercsi");

    @Test
    void no_view_reads_a_visit_with_its_full_contacts() {
        classes()
                .that()
                .resideInAPackage("com.dealercsi..ui..")
                .should(new ArchCondition<JavaClass>("not read visits with their full contacts") {
                    @Override
                    public void check(JavaClass view, ConditionEvents events) {
                        // calls and method references alike: visitId.flatMap(visits::find) reads the full visit too
                        Stream.<JavaAccess<?>>concat(
                                        view.getMethodCallsFromSelf().stream(),
                                        view.getMethodReferencesFromSelf().stream())
                                .filter(access -> access.getTargetOwner().isEquivalentTo(Visits.class)
                                        && FULL_CONTACTS.contains(access.getName()))
                                .forEach(access ->
                                        events.add(SimpleConditionEvent.violated(access, access.getDescription())));
                    }
                })
                .check(classes);
    }
}
