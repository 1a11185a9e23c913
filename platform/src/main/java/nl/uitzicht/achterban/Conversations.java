package nl.uitzicht.achterban;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Conversations extends JpaRepository<Conversation, UUID> {

    @Query("select c from Conversation c where c.stakeholderId = :stakeholderId order by c.heldOn desc")
    List<Conversation> ofStakeholder(UUID stakeholderId);

    @Query("select c from Conversation c where c.stakeholderId in :ids")
    List<Conversation> ofStakeholders(Collection<UUID> ids);

    @Modifying
    @Query("delete from Conversation c where c.stakeholderId = :stakeholderId")
    void deleteOfStakeholder(UUID stakeholderId);
}
