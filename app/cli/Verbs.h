#pragma once

#include "base/Result.h"

// Every verb of taller-abierto-cli, by the file that implements it. The one
// list a person reads them in, with their names and summaries, is allVerbs()
// in CommandLine.cpp.

namespace taller::cli {

class Invocation;

// What a verb hands back: its exit code, or the Error that stopped it, which
// is reported on standard error as a failure (exit code 1) unless the verb
// has ended() early.
using Outcome = Result<int>;

// The event as a whole (EventCommands.cpp)
Outcome newEvent(Invocation &cli);
Outcome info(Invocation &cli);
Outcome agenda(Invocation &cli);
Outcome printAgenda(Invocation &cli);
Outcome backup(Invocation &cli);
Outcome importAgenda(Invocation &cli);
Outcome exportAgenda(Invocation &cli);

// Registration and the desk (AttendeeCommands.cpp)
Outcome importAttendees(Invocation &cli);
Outcome exportAttendees(Invocation &cli);
Outcome listAttendees(Invocation &cli);
Outcome search(Invocation &cli);
Outcome checkin(Invocation &cli);
Outcome undoCheckin(Invocation &cli);
Outcome exportParticipation(Invocation &cli);
Outcome purge(Invocation &cli);
Outcome printAttendance(Invocation &cli);

// The mesas and their commitments (MesaCommands.cpp)
Outcome listMesas(Invocation &cli);
Outcome balance(Invocation &cli);
Outcome assign(Invocation &cli);
Outcome importCommitments(Invocation &cli);
Outcome exportCommitments(Invocation &cli);
Outcome listCommitments(Invocation &cli);
Outcome printMesa(Invocation &cli);

// The plenary and the acta (ActaCommands.cpp)
Outcome plenary(Invocation &cli);
Outcome decide(Invocation &cli);
Outcome amend(Invocation &cli);
Outcome addSignatory(Invocation &cli);
Outcome newKey(Invocation &cli);
Outcome closeActa(Invocation &cli);
Outcome signActa(Invocation &cli);
Outcome correctActa(Invocation &cli);
Outcome showActa(Invocation &cli);
Outcome verify(Invocation &cli);
Outcome printActa(Invocation &cli);

// The team on one event over the local network (SharingCommands.cpp)
Outcome serve(Invocation &cli);
Outcome pairing(Invocation &cli);
Outcome devices(Invocation &cli);
Outcome revokeDevice(Invocation &cli);
Outcome join(Invocation &cli);
Outcome sync(Invocation &cli);
Outcome webLinks(Invocation &cli);
Outcome revokeWebLink(Invocation &cli);

// Participants' documents (ParticipantCommands.cpp)
Outcome printBadges(Invocation &cli);
Outcome printCertificates(Invocation &cli);

// The co-creation process: fichas and prioritisation (ProcessCommands.cpp)
Outcome showProcess(Invocation &cli);
Outcome editStage(Invocation &cli);
Outcome importInitiatives(Invocation &cli);
Outcome listInitiatives(Invocation &cli);
Outcome listCriteria(Invocation &cli);
Outcome addCriterion(Invocation &cli);
Outcome score(Invocation &cli);
Outcome vote(Invocation &cli);
Outcome advance(Invocation &cli);
Outcome merge(Invocation &cli);
Outcome select(Invocation &cli);
Outcome trace(Invocation &cli);
Outcome printResponse(Invocation &cli);
Outcome printFicha(Invocation &cli);
Outcome exportInitiatives(Invocation &cli);

// Meetings, minutes, agreements and deliverables (MeetingCommands.cpp)
Outcome listMeetings(Invocation &cli);
Outcome addMeeting(Invocation &cli);
Outcome editMeeting(Invocation &cli);
Outcome removeMeeting(Invocation &cli);
Outcome addItem(Invocation &cli);
Outcome editItem(Invocation &cli);
Outcome addAgreement(Invocation &cli);
Outcome agreementDone(Invocation &cli);
Outcome listAgreements(Invocation &cli);
Outcome showBoard(Invocation &cli);
Outcome addOrganisation(Invocation &cli);
Outcome addDeliverable(Invocation &cli);
Outcome receiveDeliverable(Invocation &cli);
Outcome printBoard(Invocation &cli);
Outcome printReminders(Invocation &cli);
Outcome exportBundle(Invocation &cli);

} // namespace taller::cli
