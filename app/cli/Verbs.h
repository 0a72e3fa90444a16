#pragma once

// Every verb of taller-abierto-cli, by the file that implements it. The one
// list a person reads them in, with their names and summaries, is allVerbs()
// in CommandLine.cpp.

namespace taller::cli {

class Invocation;

// The event as a whole (EventCommands.cpp)
int newEvent(Invocation &cli);
int info(Invocation &cli);
int agenda(Invocation &cli);
int printAgenda(Invocation &cli);
int backup(Invocation &cli);
int importAgenda(Invocation &cli);
int exportAgenda(Invocation &cli);

// Registration and the desk (AttendeeCommands.cpp)
int importAttendees(Invocation &cli);
int exportAttendees(Invocation &cli);
int listAttendees(Invocation &cli);
int search(Invocation &cli);
int checkin(Invocation &cli);
int undoCheckin(Invocation &cli);
int exportParticipation(Invocation &cli);
int purge(Invocation &cli);
int printAttendance(Invocation &cli);

// The mesas and their commitments (MesaCommands.cpp)
int listMesas(Invocation &cli);
int balance(Invocation &cli);
int assign(Invocation &cli);
int importCommitments(Invocation &cli);
int exportCommitments(Invocation &cli);
int listCommitments(Invocation &cli);
int printMesa(Invocation &cli);

// The plenary and the acta (ActaCommands.cpp)
int plenary(Invocation &cli);
int decide(Invocation &cli);
int addSignatory(Invocation &cli);
int newKey(Invocation &cli);
int closeActa(Invocation &cli);
int signActa(Invocation &cli);
int correctActa(Invocation &cli);
int showActa(Invocation &cli);
int verify(Invocation &cli);
int printActa(Invocation &cli);

// Participants' documents (ParticipantCommands.cpp)
int printBadges(Invocation &cli);
int printCertificates(Invocation &cli);

// The co-creation process: fichas and prioritisation (ProcessCommands.cpp)
int showProcess(Invocation &cli);
int editStage(Invocation &cli);
int importInitiatives(Invocation &cli);
int listInitiatives(Invocation &cli);
int listCriteria(Invocation &cli);
int addCriterion(Invocation &cli);
int score(Invocation &cli);
int vote(Invocation &cli);
int advance(Invocation &cli);
int merge(Invocation &cli);
int select(Invocation &cli);
int trace(Invocation &cli);
int printResponse(Invocation &cli);
int printFicha(Invocation &cli);
int exportInitiatives(Invocation &cli);

// Meetings, minutes, agreements and deliverables (MeetingCommands.cpp)
int listMeetings(Invocation &cli);
int addMeeting(Invocation &cli);
int editMeeting(Invocation &cli);
int removeMeeting(Invocation &cli);
int addItem(Invocation &cli);
int editItem(Invocation &cli);
int addAgreement(Invocation &cli);
int agreementDone(Invocation &cli);
int listAgreements(Invocation &cli);
int showBoard(Invocation &cli);
int addOrganisation(Invocation &cli);
int addDeliverable(Invocation &cli);
int receiveDeliverable(Invocation &cli);
int printBoard(Invocation &cli);
int printReminders(Invocation &cli);
int exportBundle(Invocation &cli);

} // namespace taller::cli
