package com.dealercsi.invitation.internal;

import com.dealercsi.invitation.MailKind;
import com.dealercsi.shared.Language;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StoreMailTextRepository extends JpaRepository<StoreMailText, UUID> {

    Optional<StoreMailText> findByStoreIdAndKindAndLanguage(UUID storeId, MailKind kind, Language language);
}
