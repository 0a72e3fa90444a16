<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_PE">
<context>
    <name>main</name>
    <message>
        <source>Run an open-government co-creation workshop.</source>
        <translation>Conduzca un taller de co-creación de gobierno abierto.</translation>
    </message>
    <message>
        <source>The event file (.taller) to open.</source>
        <translation>El archivo del evento (.taller) a abrir.</translation>
    </message>
    <message>
        <source>Open the demo event (made on first use from the Palacio de Hierro template with 50 fictional attendees).</source>
        <translation>Abre el evento de demostración (se crea la primera vez con la plantilla del Palacio de Hierro y 50 participantes ficticios).</translation>
    </message>
</context>
<context>
    <name>taller::ActaDocument</name>
    <message>
        <source>Acta de Compromisos</source>
        <translation>Acta de Compromisos</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Huella SHA-256: %1</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>BORRADOR</translation>
    </message>
    <message>
        <source>ACTA DE COMPROMISOS</source>
        <translation>ACTA DE COMPROMISOS</translation>
    </message>
    <message>
        <source>Version %1, which replaces version %2. Reason for the correction: %3</source>
        <translation>Versión %1, que reemplaza a la versión %2. Motivo de la corrección: %3</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organiza</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 horas</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message numerus="yes">
        <source>%n people took part in the workshop</source>
        <translation>
            <numerusform>Participó %n persona en el taller</numerusform>
            <numerusform>Participaron %n personas en el taller</numerusform>
        </translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>Commitment %1. %2</source>
        <translation>Compromiso %1. %2</translation>
    </message>
    <message>
        <source>Mesa</source>
        <translation>Mesa</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation>Documento: %1</translation>
    </message>
    <message>
        <source>Signed on screen, %1</source>
        <translation>Firmó en pantalla, %1</translation>
    </message>
    <message>
        <source>Signed on paper, %1</source>
        <translation>Firmó en papel, %1</translation>
    </message>
    <message>
        <source>DRAFT: not closed for signature, no fingerprint yet</source>
        <translation>BORRADOR: no está cerrada para firma, aún no tiene huella</translation>
    </message>
    <message>
        <source>Closed for signature</source>
        <translation>Cerrada para firma</translation>
    </message>
    <message>
        <source>Plenary&apos;s note</source>
        <translation>Nota de la plenaria</translation>
    </message>
    <message>
        <source>%1, version %2 · sealed with the key %3</source>
        <translation>%1, versión %2 · sellada con la clave %3</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, versión %2</translation>
    </message>
    <message>
        <source>Acta de reunión</source>
        <translation>Acta de reunión</translation>
    </message>
    <message>
        <source>Minutes of meeting %1</source>
        <translation>Acta de la reunión %1</translation>
    </message>
    <message>
        <source>ACTA DE REUNIÓN</source>
        <translation>ACTA DE REUNIÓN</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Término</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>I. Attendees</source>
        <translation>I. Asistentes</translation>
    </message>
    <message>
        <source>Nobody&apos;s attendance was recorded.</source>
        <translation>No se registró la asistencia de nadie.</translation>
    </message>
    <message numerus="yes">
        <source>%n people attended; their names are in the annex.</source>
        <translation>
            <numerusform>Asistió %n persona; su nombre figura en el anexo.</numerusform>
            <numerusform>Asistieron %n personas; sus nombres figuran en el anexo.</numerusform>
        </translation>
    </message>
    <message>
        <source>II. Tabla</source>
        <translation>II. Tabla</translation>
    </message>
    <message>
        <source>III. Discussion</source>
        <translation>III. Desarrollo</translation>
    </message>
    <message>
        <source>IV. Agreements</source>
        <translation>IV. Acuerdos</translation>
    </message>
    <message>
        <source>No agreements were recorded.</source>
        <translation>No se registraron acuerdos.</translation>
    </message>
    <message>
        <source>Annex. Attendance</source>
        <translation>Anexo. Registro de asistencia</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Signature and seal</source>
        <translation>Firma y sello</translation>
    </message>
    <message>
        <source>Commitments merged or withdrawn by the plenary</source>
        <translation>Compromisos fusionados o retirados por la plenaria</translation>
    </message>
    <message>
        <source>The plenary neither merged nor withdrew any commitment of the mesas.</source>
        <translation>La plenaria no fusionó ni retiró ningún compromiso de las mesas.</translation>
    </message>
    <message>
        <source>«%1»</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>%1 «%2»</source>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <source>%1. Merged into commitment %2 of this acta, %3.</source>
        <translation>%1. Fusionado en el compromiso %2 de esta acta, %3.</translation>
    </message>
    <message>
        <source>%1. Merged into %2.</source>
        <translation>%1. Fusionado en %2.</translation>
    </message>
    <message>
        <source>%1. Withdrawn by the plenary.</source>
        <translation>%1. Retirado por la plenaria.</translation>
    </message>
    <message>
        <source>Plenary&apos;s note: %1</source>
        <translation>Nota de la plenaria: %1</translation>
    </message>
</context>
<context>
    <name>taller::ActaPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>A&amp;gregar…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modificar…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Signed on &amp;paper</source>
        <translation>&amp;Firmó en papel</translation>
    </message>
    <message>
        <source>Sign on &amp;screen…</source>
        <translation>Firmar en panta&amp;lla…</translation>
    </message>
    <message>
        <source>&amp;Close for signature…</source>
        <translation>&amp;Cerrar para firma…</translation>
    </message>
    <message>
        <source>C&amp;orrect (new version)…</source>
        <translation>C&amp;orregir (nueva versión)…</translation>
    </message>
    <message>
        <source>Acta de Compromisos</source>
        <translation>Acta de Compromisos</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Vi&amp;sta previa</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>E&amp;xportar PDF…</translation>
    </message>
    <message>
        <source>P&amp;rint acta…</source>
        <translation>Im&amp;primir acta…</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>Ve&amp;rsión:</translation>
    </message>
    <message>
        <source>Text of the acta</source>
        <translation>Texto del acta</translation>
    </message>
    <message>
        <source>Pr&amp;eamble:</source>
        <translation>Preám&amp;bulo:</translation>
    </message>
    <message>
        <source>C&amp;losing:</source>
        <translation>C&amp;ierre:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Signs for</source>
        <translation>Firma por</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Firmantes</translation>
    </message>
    <message>
        <source>Acta</source>
        <translation>Acta</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (cerrada)</translation>
    </message>
    <message>
        <source>%1 (draft)</source>
        <translation>%1 (borrador)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Version %1 — draft.&lt;/b&gt; It prints marked BORRADOR. Decide on the commitments in the plenary, add the signatories, then close it for signature.</source>
        <translation>&lt;b&gt;Versión %1 — borrador.&lt;/b&gt; Se imprime marcada como BORRADOR. Decida los compromisos en la plenaria, agregue a los firmantes y luego ciérrela para firma.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Version %1 — %2&lt;/b&gt; on %3; %4 of %5 have signed.&lt;br&gt;Fingerprint (SHA-256): &lt;tt&gt;%6&lt;/tt&gt;</source>
        <translation>&lt;b&gt;Versión %1 — %2&lt;/b&gt; el %3; han firmado %4 de %5.&lt;br&gt;Huella (SHA-256): &lt;tt&gt;%6&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>Replaces version %1: %2</source>
        <translation>Reemplaza la versión %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n approved commitments</source>
        <translation>
            <numerusform>%n compromiso aprobado</numerusform>
            <numerusform>%n compromisos aprobados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participants checked in</source>
        <translation>
            <numerusform>%n participante registrado</numerusform>
            <numerusform>%n participantes registrados</numerusform>
        </translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>aún no</translation>
    </message>
    <message>
        <source>✓ on screen %1</source>
        <translation>✓ en pantalla %1</translation>
    </message>
    <message>
        <source>✓ on paper %1</source>
        <translation>✓ en papel %1</translation>
    </message>
    <message>
        <source>Add signatory</source>
        <translation>Agregar firmante</translation>
    </message>
    <message>
        <source>Edit signatory</source>
        <translation>Modificar firmante</translation>
    </message>
    <message>
        <source>Remove signatory</source>
        <translation>Quitar firmante</translation>
    </message>
    <message>
        <source>Remove %1 from the signatories?</source>
        <translation>¿Quitar a %1 de los firmantes?</translation>
    </message>
    <message>
        <source>Close for signature</source>
        <translation>Cerrar para firma</translation>
    </message>
    <message>
        <source>Close the acta for signature? Its text, commitments and signatories are then frozen and fingerprinted; a later change needs a new version.</source>
        <translation>¿Cerrar el acta para firma? Su texto, compromisos y firmantes quedan congelados y con huella; un cambio posterior necesita una nueva versión.</translation>
    </message>
    <message>
        <source>Correct the acta</source>
        <translation>Corregir el acta</translation>
    </message>
    <message>
        <source>Why does the acta need a new version? (The closed version stays as it was.)</source>
        <translation>¿Por qué necesita el acta una nueva versión? (La versión cerrada queda como estaba.)</translation>
    </message>
    <message>
        <source>-acta-v%1</source>
        <translation>-acta-v%1</translation>
    </message>
    <message>
        <source>Sealed with the key %1</source>
        <translation>Sellada con la clave %1</translation>
    </message>
    <message>
        <source>It will be sealed with the key %1.</source>
        <translation>Se sellará con la clave %1.</translation>
    </message>
    <message>
        <source>No signing key is chosen in the preferences: it will not be sealed.</source>
        <translation>No hay una clave de firma elegida en las preferencias: no se sellará.</translation>
    </message>
    <message>
        <source>This acta is sealed: its signatures are recorded only with its signing key. Choose the key in Edit → Preferences.</source>
        <translation>Esta acta está sellada: sus firmas se registran solo con su clave de firma. Elija la clave en Editar → Preferencias.</translation>
    </message>
    <message>
        <source>The signing key chosen in the preferences cannot be used: %1</source>
        <translation>No se puede usar la clave de firma elegida en las preferencias: %1</translation>
    </message>
    <message>
        <source>Certi&amp;ficates</source>
        <translation>Co&amp;nstancias</translation>
    </message>
    <message>
        <source>• %1 (%2): missing %3</source>
        <translation>• %1 (%2): falta %3</translation>
    </message>
    <message numerus="yes">
        <source>%n approved commitment(s) are not yet measurable and would be printed with empty fields:</source>
        <translation>
            <numerusform>%n compromiso aprobado aún no es medible y se imprimiría con campos vacíos:</numerusform>
            <numerusform>%n compromisos aprobados aún no son medibles y se imprimirían con campos vacíos:</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the acta anyway?</source>
        <translation>¿Cerrar el acta de todos modos?</translation>
    </message>
    <message>
        <source>&lt;b&gt;Version %1 — draft.&lt;/b&gt; It prints marked BORRADOR. Write the tabla, the discussion and the agreements in Meetings, add the signatories, then close it for signature.</source>
        <translation>&lt;b&gt;Versión %1 — borrador.&lt;/b&gt; Se imprime marcada BORRADOR. Escriba la tabla, el desarrollo y los acuerdos en Reuniones, añada a los firmantes y ciérrela para firma.</translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n acuerdo</numerusform>
            <numerusform>%n acuerdos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in the tabla</source>
        <translation>
            <numerusform>%n punto en la tabla</numerusform>
            <numerusform>%n puntos en la tabla</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s)</source>
        <translation>
            <numerusform>%n asistente</numerusform>
            <numerusform>%n asistentes</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the minutes for signature? Their tabla, discussion, agreements, attendees and signatories are then frozen and fingerprinted; a later change needs a new version.</source>
        <translation>¿Cerrar el acta para firma? Su tabla, desarrollo, acuerdos, asistentes y firmantes quedan congelados y con huella; un cambio posterior requiere una nueva versión.</translation>
    </message>
    <message>
        <source>Minutes of meeting %1</source>
        <translation>Acta de la reunión %1</translation>
    </message>
    <message numerus="yes">
        <source>%n merged or withdrawn</source>
        <translation>
            <numerusform>%n fusionado o retirado</numerusform>
            <numerusform>%n fusionados o retirados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>taller::ActaRepository</name>
    <message>
        <source>There is no version %1 of the acta.</source>
        <translation>No hay versión %1 del acta.</translation>
    </message>
    <message>
        <source>its text</source>
        <translation>su texto</translation>
    </message>
    <message>
        <source>There is no signatory %1.</source>
        <translation>No hay firmante %1.</translation>
    </message>
    <message>
        <source>its signatories</source>
        <translation>sus firmantes</translation>
    </message>
    <message>
        <source>A signatory needs a name.</source>
        <translation>Un firmante necesita un nombre.</translation>
    </message>
    <message>
        <source>Version %1 of the acta was never closed.</source>
        <translation>La versión %1 del acta nunca se cerró.</translation>
    </message>
</context>
<context>
    <name>taller::Actas</name>
    <message>
        <source>The recorded acta is not in a format this version can read.</source>
        <translation>El acta registrada no está en un formato que esta versión pueda leer.</translation>
    </message>
    <message>
        <source>The recorded acta has a damaged line: %1</source>
        <translation>El acta registrada tiene una línea dañada: %1</translation>
    </message>
    <message>
        <source>Regional Government</source>
        <translation>Gobierno Regional</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Sociedad civil</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Closed for signature</source>
        <translation>Cerrada para firma</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmada</translation>
    </message>
    <message>
        <source>In %1, at %2, on %3, the representatives of the %4 and of civil society, academia and business associations met at the &quot;%5&quot; to validate the commitments of the open government pilot. Having worked in mesas and debated the proposals in plenary, they agree on the following commitments:</source>
        <translation>En %1, en el %2, el %3, los representantes del %4 y de la sociedad civil, la academia y los gremios empresariales se reunieron en el «%5» para validar los compromisos del piloto de gobierno abierto. Tras trabajar en mesas y debatir las propuestas en plenaria, acuerdan los siguientes compromisos:</translation>
    </message>
    <message>
        <source>government</source>
        <translation>gobierno</translation>
    </message>
    <message>
        <source>The parties undertake to include these actions in the open government action plan and to report on their progress. In witness whereof they sign this acta.</source>
        <translation>Las partes se comprometen a incorporar estas acciones en el plan de acción de gobierno abierto y a informar sobre su avance. En señal de conformidad, firman la presente acta.</translation>
    </message>
    <message>
        <source>%1, %2: recorded &quot;%3&quot;, now &quot;%4&quot;</source>
        <translation>%1, %2: se registró «%3», ahora dice «%4»</translation>
    </message>
    <message>
        <source>the acta recorded %1 commitments; the file now has %2</source>
        <translation>el acta registró %1 compromisos; el archivo ahora tiene %2</translation>
    </message>
    <message>
        <source>commitment %1</source>
        <translation>compromiso %1</translation>
    </message>
    <message>
        <source>the acta recorded %1 signatories; the file now has %2</source>
        <translation>el acta registró %1 firmantes; el archivo ahora tiene %2</translation>
    </message>
    <message>
        <source>signatory %1</source>
        <translation>firmante %1</translation>
    </message>
    <message>
        <source>The recorded acta is %1 characters long, more than an acta can be; it is damaged.</source>
        <translation>El acta registrada tiene %1 caracteres, más de lo que puede tener un acta; está dañada.</translation>
    </message>
    <message>
        <source>The recorded acta&apos;s &quot;%1&quot; is not a count: &quot;%2&quot;.</source>
        <translation>El «%1» del acta registrada no es una cantidad: «%2».</translation>
    </message>
    <message>
        <source>The recorded acta says it has %1 %2 but holds lines for at most %3; it is damaged.</source>
        <translation>El acta registrada dice tener %1 %2, pero solo contiene líneas para %3 como máximo; está dañada.</translation>
    </message>
    <message>
        <source>A signature record is too long to be one; it is damaged.</source>
        <translation>Un registro de firma es demasiado largo para serlo; está dañado.</translation>
    </message>
    <message>
        <source>A signature record is not in a format this version can read.</source>
        <translation>Un registro de firma no está en un formato que esta versión pueda leer.</translation>
    </message>
    <message>
        <source>A signature record has a damaged line: %1</source>
        <translation>Un registro de firma tiene una línea dañada: %1</translation>
    </message>
    <message>
        <source>A signature record has an unknown action &quot;%1&quot;.</source>
        <translation>Un registro de firma tiene una acción desconocida «%1».</translation>
    </message>
    <message>
        <source>There being no further business, the meeting was closed and these minutes signed in agreement.</source>
        <translation>No habiendo más asuntos que tratar, se levantó la sesión y se firma la presente acta en señal de conformidad.</translation>
    </message>
    <message>
        <source>item %1 of the tabla</source>
        <translation>punto %1 de la tabla</translation>
    </message>
    <message>
        <source>the minutes recorded %1 items of the tabla; the file now has %2</source>
        <translation>el acta registró %1 puntos de la tabla; el archivo tiene ahora %2</translation>
    </message>
    <message>
        <source>agreement %1</source>
        <translation>acuerdo %1</translation>
    </message>
    <message>
        <source>the minutes recorded %1 agreements; the file now has %2</source>
        <translation>el acta registró %1 acuerdos; el archivo tiene ahora %2</translation>
    </message>
    <message>
        <source>the plenary&apos;s account, entry %1</source>
        <translation>la relación de la plenaria, entrada %1</translation>
    </message>
    <message>
        <source>the acta recorded %1 commitments merged or withdrawn; the file now has %2</source>
        <translation>el acta registró %1 compromisos fusionados o retirados; el archivo ahora tiene %2</translation>
    </message>
</context>
<context>
    <name>taller::ActivityKinds</name>
    <message>
        <source>Registration</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Refrigerio</translation>
    </message>
    <message>
        <source>Working tables</source>
        <translation>Mesas de trabajo</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>Plenaria</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Firma del acta</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Almuerzo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>taller::AgendaCsv</name>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The first row must name the columns: at least a title (Actividad) and a start time (Inicio) or a duration (Minutos). Found: %1.</source>
        <translation>La primera fila debe nombrar las columnas: al menos un título (Actividad) y una hora de inicio (Inicio) o una duración (Minutos). Se encontró: %1.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>no title</source>
        <translation>sin título</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>tipo desconocido «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time such as 08:30</source>
        <translation>«%1» no es una hora como 08:30</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of minutes</source>
        <translation>«%1» no es un número de minutos</translation>
    </message>
    <message>
        <source>neither a start time nor a duration</source>
        <translation>no tiene hora de inicio ni duración</translation>
    </message>
    <message>
        <source>the presentation or questions minutes are not numbers</source>
        <translation>los minutos de exposición o de preguntas no son números</translation>
    </message>
    <message>
        <source>line %1: starts at %2 but the next activity starts at %3; check the times</source>
        <translation>línea %1: empieza a las %2 pero la siguiente actividad empieza a las %3; revise las horas</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Presentation minutes</source>
        <translation>Minutos de exposición</translation>
    </message>
    <message>
        <source>Questions minutes</source>
        <translation>Minutos de preguntas</translation>
    </message>
    <message>
        <source>Mesas</source>
        <translation>Mesas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Inicio real</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Fin real</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>the actual start or end is not a date and time such as 2026-11-27T08:31</source>
        <translation>el inicio o fin real no es una fecha y hora como 2026-11-27T08:31</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names mesa %2, which the event does not have; left out</source>
        <translation>«%1» menciona la mesa %2, que el evento no tiene; se omite</translation>
    </message>
    <message>
        <source>No activity of the file can be imported; the programme was left as it was.</source>
        <translation>Ninguna actividad del archivo se puede importar; el programa quedó como estaba.</translation>
    </message>
    <message>
        <source>The event now starts at %1, as the file&apos;s first activity (it started at %2).</source>
        <translation>El evento ahora empieza a las %1, como la primera actividad del archivo (empezaba a las %2).</translation>
    </message>
    <message>
        <source>The event keeps its start at %1; the file&apos;s first activity starts at %2, so every time moves by %3 minutes. Change the event&apos;s start to %2 to keep the file&apos;s times.</source>
        <translation>El evento mantiene su inicio a las %1; la primera actividad del archivo empieza a las %2, así que cada hora se desplaza %3 minutos. Cambie el inicio del evento a %2 para conservar las horas del archivo.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
</context>
<context>
    <name>taller::AgendaDocument</name>
    <message>
        <source>Workshop programme</source>
        <translation>Programa del taller</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 horas</translation>
    </message>
    <message>
        <source>General objective</source>
        <translation>Objetivo general</translation>
    </message>
    <message>
        <source>Specific objectives</source>
        <translation>Objetivos específicos</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message numerus="yes">
        <source>About %n people are expected to take part.</source>
        <translation>
            <numerusform>Se estima la participación de aproximadamente %n persona.</numerusform>
            <numerusform>Se estima la participación de aproximadamente %n personas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>(%1 min presentation)
(%2 min questions)</source>
        <translation>(%1 min exp.)
(%2 min preg.)</translation>
    </message>
</context>
<context>
    <name>taller::AgendaItemEditor</name>
    <message>
        <source>&amp;Split into presentation and questions</source>
        <translation>Dividir en exposición &amp;y preguntas</translation>
    </message>
    <message>
        <source>Mesas working in parallel</source>
        <translation>Mesas que trabajan en paralelo</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>What happens, as the programme should say it</source>
        <translation>Qué sucede, como debe decirlo el programa</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Details printed under the activity</source>
        <translation>Detalles que se imprimen bajo la actividad</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <source>Pr&amp;esentation:</source>
        <translation>Exposi&amp;ción:</translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation>Preguntas:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>Carg&amp;o:</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>Organi&amp;zación:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
</context>
<context>
    <name>taller::AgendaPage</name>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>&amp;Print programme…</source>
        <translation>Im&amp;primir programa…</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Vi&amp;sta previa</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>E&amp;xportar PDF…</translation>
    </message>
    <message numerus="yes">
        <source>%n activities from %1 to %2.</source>
        <translation>
            <numerusform>%n actividad de %1 a %2.</numerusform>
            <numerusform>%n actividades de %1 a %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 free before the event&apos;s end (%2).</source>
        <translation>Quedan %1 libres antes del fin del evento (%2).</translation>
    </message>
    <message>
        <source>-programme</source>
        <translation>-programa</translation>
    </message>
    <message>
        <source>Clear times…</source>
        <translation>Borrar horas…</translation>
    </message>
    <message>
        <source>Projector (F5)</source>
        <translation>Proyector (F5)</translation>
    </message>
    <message>
        <source>&amp;Add activity (Ins)</source>
        <translation>A&amp;gregar actividad (Insert)</translation>
    </message>
    <message>
        <source>&amp;Delete (Del)</source>
        <translation>E&amp;liminar (Supr)</translation>
    </message>
    <message>
        <source>Move &amp;up (Alt+↑)</source>
        <translation>Su&amp;bir (Alt+↑)</translation>
    </message>
    <message>
        <source>Move do&amp;wn (Alt+↓)</source>
        <translation>Ba&amp;jar (Alt+↓)</translation>
    </message>
    <message>
        <source>edit &quot;%1&quot;</source>
        <translation>editar «%1»</translation>
    </message>
    <message>
        <source>The day has not started. Planned %1 to %2.</source>
        <translation>El día no ha empezado. Previsto de %1 a %2.</translation>
    </message>
    <message>
        <source>▶ &amp;Start the day (F8)</source>
        <translation>▶ E&amp;mpezar el día (F8)</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>quedan %1</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;%1 over&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;%1 de exceso&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>A continuación: %1</translation>
    </message>
    <message>
        <source>Last activity of the day.</source>
        <translation>Última actividad del día.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Now:&lt;/b&gt; %1 — &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;%3&lt;br&gt;Projected end %4, %5.</source>
        <translation>&lt;b&gt;Ahora:&lt;/b&gt; %1 — &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;%3&lt;br&gt;Fin previsto %4, %5.</translation>
    </message>
    <message>
        <source>&amp;Next activity (F8)</source>
        <translation>Siguiente actividad (F8)</translation>
    </message>
    <message>
        <source>&amp;End the day (F8)</source>
        <translation>Terminar el día (F8)</translation>
    </message>
    <message>
        <source>The day ended at %1 (%2). The actual times are printed beside the planned ones.</source>
        <translation>El día terminó a las %1 (%2). Las horas reales se imprimen junto a las previstas.</translation>
    </message>
    <message>
        <source>Day over</source>
        <translation>Día terminado</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Nueva actividad</translation>
    </message>
    <message>
        <source>add an activity</source>
        <translation>agregar una actividad</translation>
    </message>
    <message>
        <source>delete &quot;%1&quot;</source>
        <translation>eliminar «%1»</translation>
    </message>
    <message>
        <source>move &quot;%1&quot;</source>
        <translation>mover «%1»</translation>
    </message>
    <message>
        <source>Clear times</source>
        <translation>Borrar horas</translation>
    </message>
    <message>
        <source>Forget every actual start and end recorded today? Ctrl+Z brings them back.</source>
        <translation>¿Olvidar todas las horas reales de inicio y fin registradas hoy? Ctrl+Z las recupera.</translation>
    </message>
    <message>
        <source>Import programme</source>
        <translation>Importar programa</translation>
    </message>
    <message numerus="yes">
        <source>Replace the programme with the %n activities of %1?</source>
        <translation>
            <numerusform>¿Reemplazar el programa por la actividad de %1?</numerusform>
            <numerusform>¿Reemplazar el programa por las %n actividades de %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Ctrl+Z undoes the import.</source>
        <translation>Ctrl+Z deshace la importación.</translation>
    </message>
    <message>
        <source>import the programme</source>
        <translation>importar el programa</translation>
    </message>
    <message>
        <source>Export programme</source>
        <translation>Exportar programa</translation>
    </message>
    <message>
        <source>No activity of %1 can be imported; the programme was left as it was.</source>
        <translation>Ninguna actividad de %1 se puede importar; el programa quedó como estaba.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <source>The file&apos;s first activity starts at %1, the event at %2.</source>
        <translation>La primera actividad del archivo empieza a las %1; el evento, a las %2.</translation>
    </message>
    <message>
        <source>Keep the event&apos;s start (%1)</source>
        <translation>Mantener el inicio del evento (%1)</translation>
    </message>
    <message>
        <source>Use the file&apos;s times (start at %1)</source>
        <translation>Usar las horas del archivo (inicio a las %1)</translation>
    </message>
    <message>
        <source>The event will start at %1, as the file&apos;s first activity.</source>
        <translation>El evento empezará a las %1, como la primera actividad del archivo.</translation>
    </message>
</context>
<context>
    <name>taller::AgendaRepository</name>
    <message>
        <source>The activity &quot;%1&quot; names mesa %2, which does not exist.</source>
        <translation>La actividad «%1» menciona la mesa %2, que no existe.</translation>
    </message>
</context>
<context>
    <name>taller::AgendaTableModel</name>
    <message>
        <source>%1 (%2 + %3)</source>
        <translation>%1 (%2 + %3)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>actual %1–%2</source>
        <translation>real %1–%2</translation>
    </message>
</context>
<context>
    <name>taller::AgendaValidation</name>
    <message>
        <source>&quot;%1&quot; lasts %2 minutes; an activity needs at least one.</source>
        <translation>«%1» dura %2 minutos; una actividad necesita al menos uno.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 min of presentation and %3 of questions make %4, not the %5 it lasts.</source>
        <translation>«%1»: %2 min de exposición y %3 de preguntas suman %4, no los %5 que dura.</translation>
    </message>
    <message>
        <source>Activity %1 has no title.</source>
        <translation>La actividad %1 no tiene título.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names mesa %2, which the event does not have.</source>
        <translation>«%1» menciona la mesa %2, que el evento no tiene.</translation>
    </message>
    <message>
        <source>The programme runs %1 minutes past the event&apos;s end (%2).</source>
        <translation>El programa se pasa %1 minutos del fin del evento (%2).</translation>
    </message>
</context>
<context>
    <name>taller::AttendanceDocument</name>
    <message>
        <source>Attendance sheet</source>
        <translation>Lista de asistencia</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organiza</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Surnames and given names</source>
        <translation>Apellidos y nombres</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
</context>
<context>
    <name>taller::AttendeeImport</name>
    <message>
        <source>Given names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Surnames</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>First surname</source>
        <translation>Apellido paterno</translation>
    </message>
    <message>
        <source>Second surname</source>
        <translation>Apellido materno</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Número de documento</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Consent to data processing</source>
        <translation>Consentimiento de datos</translation>
    </message>
    <message>
        <source>Consent to photographs</source>
        <translation>Consentimiento de fotos</translation>
    </message>
    <message>
        <source>Preferred mesa</source>
        <translation>Mesa preferida</translation>
    </message>
    <message>
        <source>The file has no rows.</source>
        <translation>El archivo no tiene filas.</translation>
    </message>
    <message>
        <source>There is no consent column, so e-mails and phone numbers are not kept (Ley 29733). Add a column &quot;Consentimiento&quot; with Sí/No to keep them.</source>
        <translation>No hay columna de consentimiento, así que no se guardan correos ni teléfonos (Ley 29733). Agregue una columna «Consentimiento» con Sí/No para guardarlos.</translation>
    </message>
    <message>
        <source>line %1: no name</source>
        <translation>línea %1: sin nombre</translation>
    </message>
    <message>
        <source>line %1: DNI %2 had 7 digits (Excel drops leading zeros); read as %3</source>
        <translation>línea %1: el DNI %2 tenía 7 dígitos (Excel quita los ceros iniciales); se leyó como %3</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>line %1: document %2 is already registered; nothing was changed</source>
        <translation>línea %1: el documento %2 ya está inscrito; no se cambió nada</translation>
    </message>
    <message>
        <source>line %1: sector &quot;%2&quot; not recognised; recorded as Other</source>
        <translation>línea %1: sector «%2» no reconocido; se registró como Otro</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message>
        <source>imported %1, duplicates %2, rejected %3</source>
        <translation>importados %1, duplicados %2, rechazados %3</translation>
    </message>
    <message>
        <source>Full name (split)</source>
        <translation>Nombre completo (dividido)</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; read as given names &quot;%3&quot;, surnames &quot;%4&quot; (%5); check it</source>
        <translation>línea %1: «%2» se leyó como nombres «%3», apellidos «%4» (%5); revíselo</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a document type (DNI, carné de extranjería, pasaporte)</source>
        <translation>línea %1: «%2» no es un tipo de documento (DNI, carné de extranjería, pasaporte)</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is under &quot;%3&quot; but is not a DNI (8 digits); recorded as %4. Check it, or add a column &quot;Tipo de documento&quot;</source>
        <translation>línea %1: «%2» está bajo «%3» pero no es un DNI (8 dígitos); se registró como %4. Revíselo, o añada una columna «Tipo de documento»</translation>
    </message>
    <message>
        <source>line %1: consent &quot;%2&quot; is neither yes nor no; taken as no, contact data not kept</source>
        <translation>línea %1: el consentimiento «%2» no es ni sí ni no; se toma como no y no se guardan los datos de contacto</translation>
    </message>
    <message>
        <source>line %1: consent to photographs &quot;%2&quot; is neither yes nor no; taken as no</source>
        <translation>línea %1: el consentimiento para fotografías «%2» no es ni sí ni no; se toma como no</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Asistentes</translation>
    </message>
    <message>
        <source>column %1 «%2» only numbers the rows; left out</source>
        <translation>la columna %1 «%2» solo numera las filas; se deja fuera</translation>
    </message>
    <message>
        <source>column %1 «%2» is read as %3: its header says nothing known, its values are %4</source>
        <translation>la columna %1 «%2» se lee como %3: su encabezado no dice nada conocido y sus valores son %4</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>(sin encabezado)</translation>
    </message>
    <message>
        <source>a name (Nombres, Apellidos, Nombres y apellidos, Full name)</source>
        <translation>un nombre (Nombres, Apellidos, Nombres y apellidos, Full name)</translation>
    </message>
    <message>
        <source>a document (DNI, Documento, ID, Passport)</source>
        <translation>un documento (DNI, Documento, ID, Pasaporte)</translation>
    </message>
    <message>
        <source>No column of line %1 was recognised as %2. Found: %3.</source>
        <translation>Ninguna columna de la línea %1 se reconoció como %2. Se encontró: %3.</translation>
    </message>
    <message>
        <source>No row among the first ones names the columns with %2. Line %1 was taken as the header: %3.</source>
        <translation>Ninguna de las primeras filas nombra las columnas con %2. Se tomó la línea %1 como encabezado: %3.</translation>
    </message>
    <message>
        <source> nor </source>
        <translation> ni </translation>
    </message>
    <message>
        <source>Choose with --header-row N and --column &quot;HEADER=FIELD&quot;.</source>
        <translation>Elija con --header-row N y --column «ENCABEZADO=CAMPO».</translation>
    </message>
</context>
<context>
    <name>taller::AttendeeRepository</name>
    <message>
        <source>Document %1 is already registered for this event.</source>
        <translation>El documento %1 ya está inscrito en este evento.</translation>
    </message>
    <message>
        <source>That person is no longer on the list.</source>
        <translation>Esa persona ya no está en la lista.</translation>
    </message>
</context>
<context>
    <name>taller::AttendeeTableModel</name>
    <message>
        <source>✓ Arrived %1</source>
        <translation>✓ Llegó %1</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <source>Registered at the desk</source>
        <translation>Inscrito en la mesa de registro</translation>
    </message>
    <message>
        <source>Surnames, given names</source>
        <translation>Apellidos, nombres</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Llegada</translation>
    </message>
</context>
<context>
    <name>taller::AttendeeValidation</name>
    <message>
        <source>Write the person&apos;s given names.</source>
        <translation>Escriba los nombres de la persona.</translation>
    </message>
    <message>
        <source>Write the person&apos;s surnames.</source>
        <translation>Escriba los apellidos de la persona.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>«%1» no es un correo electrónico.</translation>
    </message>
    <message>
        <source>A phone number has 6 to 20 digits, spaces or + ( ) -.</source>
        <translation>Un teléfono tiene de 6 a 20 dígitos, espacios o + ( ) -.</translation>
    </message>
</context>
<context>
    <name>taller::Backups</name>
    <message>
        <source>No space left in %1: the backup %2 was not made, and nothing of it was left there. Free some space or choose another folder.</source>
        <translation>No queda espacio en %1: no se hizo la copia de seguridad %2 y no quedó nada de ella allí. Libere espacio o elija otra carpeta.</translation>
    </message>
    <message>
        <source>Could not make a backup at %1: %2</source>
        <translation>No se pudo hacer una copia de seguridad en %1: %2</translation>
    </message>
    <message>
        <source>Could not make a backup at %1.</source>
        <translation>No se pudo hacer una copia de seguridad en %1.</translation>
    </message>
    <message>
        <source>A backup cannot be written over the event itself.</source>
        <translation>Una copia de seguridad no puede escribirse sobre el propio evento.</translation>
    </message>
    <message>
        <source>Cannot make the backup folder %1.</source>
        <translation>No se puede crear la carpeta de copias %1.</translation>
    </message>
    <message>
        <source>%1 already exists; a backup never replaces a file.</source>
        <translation>%1 ya existe; una copia de seguridad nunca reemplaza un archivo.</translation>
    </message>
    <message>
        <source>Could not make a backup at %1: %2 is in the way and cannot be removed.</source>
        <translation>No se pudo hacer una copia de seguridad en %1: %2 está en el camino y no se puede quitar.</translation>
    </message>
</context>
<context>
    <name>taller::BadgeDocument</name>
    <message>
        <source>Mesa</source>
        <translation>Mesa</translation>
    </message>
    <message>
        <source>Name badges</source>
        <translation>Gafetes</translation>
    </message>
    <message>
        <source>No attendee has document %1.</source>
        <translation>Ningún participante tiene el documento %1.</translation>
    </message>
    <message>
        <source>There are no attendees yet, so there are no badges to print.</source>
        <translation>Aún no hay participantes, así que no hay gafetes que imprimir.</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>documento %1</translation>
    </message>
    <message>
        <source>mesa %1</source>
        <translation>mesa %1</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>con llegada registrada</translation>
    </message>
    <message>
        <source>No attendee matches all of: %1.</source>
        <translation>Ningún participante cumple todo esto: %1.</translation>
    </message>
</context>
<context>
    <name>taller::BadgeLayouts</name>
    <message numerus="yes">
        <source>4 × 3 in, %n per page</source>
        <translation>
            <numerusform>4 × 3 pulg., %n por página</numerusform>
            <numerusform>4 × 3 pulg., %n por página</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 × %2 mm, %n per page</source>
        <translation>
            <numerusform>%1 × %2 mm, %n por página</numerusform>
            <numerusform>%1 × %2 mm, %n por página</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>taller::BundleService</name>
    <message>
        <source>The disk of %1 failed (input/output error) while the bundle was being written (%2); nothing of it was left there. Check the disk or USB stick, or choose another folder.</source>
        <translation>Falló el disco de %1 (error de entrada/salida) al escribir el paquete (%2); no quedó nada de él allí. Revise el disco o la memoria USB, o elija otra carpeta.</translation>
    </message>
    <message>
        <source>No space left in %1: the bundle did not fit (%2 could not be written), and nothing of it was left there. Free some space or choose another folder.</source>
        <translation>No queda espacio en %1: el paquete no cupo (no se pudo escribir %2) y no quedó nada de él allí. Libere espacio o elija otra carpeta.</translation>
    </message>
    <message>
        <source>Cannot read back %1: %2</source>
        <translation>No se puede releer %1: %2</translation>
    </message>
    <message>
        <source>Cannot read back %1.</source>
        <translation>No se puede releer %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Asistieron</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1 already exists and is not an empty folder: choose a new folder for the bundle.</source>
        <translation>%1 ya existe y no es una carpeta vacía: elija una carpeta nueva para el paquete.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>No se puede escribir en %1: %2</translation>
    </message>
    <message>
        <source>Acta de Compromisos, version %1, fingerprint %2</source>
        <translation>Acta de Compromisos, versión %1, huella %2</translation>
    </message>
    <message>
        <source>Minutes of meeting %1 (%2), version %3, fingerprint %4</source>
        <translation>Acta de la reunión %1 (%2), versión %3, huella %4</translation>
    </message>
    <message>
        <source>Reasoned response to every initiative</source>
        <translation>Respuesta razonada a cada iniciativa</translation>
    </message>
    <message>
        <source>Initiatives (fichas) and the decision on each</source>
        <translation>Iniciativas (fichas) y la decisión sobre cada una</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>Attendance by meeting and sector (counts, no names)</source>
        <translation>Asistencia por reunión y sector (cifras, sin nombres)</translation>
    </message>
    <message>
        <source>Published record of the co-creation process</source>
        <translation>Registro publicado del proceso de co-creación</translation>
    </message>
    <message>
        <source>Made on %1 from %2.</source>
        <translation>Generado el %1 a partir de %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n closed acta(s) and minutes.</source>
        <translation>
            <numerusform>%n acta cerrada.</numerusform>
            <numerusform>%n actas cerradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each file with its SHA-256 and what it holds:</source>
        <translation>Cada archivo con su SHA-256 y lo que contiene:</translation>
    </message>
    <message>
        <source>An acta&apos;s fingerprint is that of its canonical text, not of the PDF: check it with &quot;taller-abierto-cli verify&quot; on the event file.</source>
        <translation>La huella de un acta es la de su texto canónico, no la del PDF: compruébela con «taller-abierto-cli verify» sobre el archivo del evento.</translation>
    </message>
    <message>
        <source>Cannot replace the empty folder %1.</source>
        <translation>No se puede reemplazar la carpeta vacía %1.</translation>
    </message>
    <message>
        <source>Cannot move the bundle into %1.</source>
        <translation>No se puede mover el paquete a %1.</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>Its canonical text: its SHA-256 is the fingerprint %1</source>
        <translation>Su texto canónico: su SHA-256 es la huella %1</translation>
    </message>
    <message>
        <source>Each acta&apos;s canonical text is the .txt beside its PDF: &quot;sha256sum FILE.txt&quot; gives its fingerprint.</source>
        <translation>El texto canónico de cada acta es el .txt junto a su PDF: «sha256sum ARCHIVO.txt» da su huella.</translation>
    </message>
    <message>
        <source>Its seal by the certificate %1 (CMS, DER), over the canonical text</source>
        <translation>Su sello con el certificado %1 (CMS, DER), sobre el texto canónico</translation>
    </message>
</context>
<context>
    <name>taller::CertificateDocument</name>
    <message>
        <source>No space left in %1: the constancias did not fit (%2 could not be written), and none was left there. Free some space or choose another folder.</source>
        <translation>No queda espacio en %1: las constancias no cupieron (no se pudo escribir %2) y no quedó ninguna allí. Libere espacio o elija otra carpeta.</translation>
    </message>
    <message>
        <source>The signer is written &quot;NAME|POSITION&quot;, not &quot;%1&quot;.</source>
        <translation>Quien firma se escribe «NOMBRE|CARGO», no «%1».</translation>
    </message>
    <message>
        <source>Cannot read the signature image %1: %2</source>
        <translation>No se puede leer la imagen de la firma %1: %2</translation>
    </message>
    <message>
        <source>Certificate of participation</source>
        <translation>Constancia de participación</translation>
    </message>
    <message>
        <source>This is to certify that</source>
        <translation>Se deja constancia de que</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>holder of %1 %2, took part in the workshop “%3”, organised by %4, held on %5 at %6, from %7.</source>
        <translation>identificado(a) con %1 N.º %2, participó en el taller «%3», organizado por %4, realizado el %5 en %6, de %7.</translation>
    </message>
    <message>
        <source>It can be checked against version %1 of the workshop&apos;s Acta de Compromisos, whose SHA-256 fingerprint is:</source>
        <translation>Puede verificarse con la versión %1 del Acta de Compromisos del taller, cuya huella SHA-256 es:</translation>
    </message>
    <message>
        <source>Nobody has checked in, so there is no certificate of participation to print.</source>
        <translation>Nadie ha registrado su llegada, así que no hay constancias de participación que imprimir.</translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot write in the folder %1: %2</source>
        <translation>No se puede escribir en la carpeta %1: %2</translation>
    </message>
    <message>
        <source>Two people would get the same file name %1; nothing was written.</source>
        <translation>Dos personas tendrían el mismo nombre de archivo %1; no se escribió nada.</translation>
    </message>
    <message>
        <source>%1 Nothing was written.</source>
        <translation>%1 No se escribió nada.</translation>
    </message>
    <message>
        <source>Cannot move %1 into %2: %3. %4 of %5 constancias were written.</source>
        <translation>No se puede mover %1 a %2: %3. Se escribieron %4 de %5 constancias.</translation>
    </message>
    <message>
        <source>holder of %1 %2, took part in “%3”, organised by %4, held on %5 at %6, from %7.</source>
        <translation>identificado(a) con %1 N.º %2, participó en el «%3», organizado por %4, realizado el %5 en %6, de %7.</translation>
    </message>
    <message>
        <source>Acta version %1, SHA-256 fingerprint: %2</source>
        <translation>Acta versión %1, huella SHA-256: %2</translation>
    </message>
    <message>
        <source>This constancia&apos;s SHA-256 hash (of the text &quot;constancia: 1&quot; and the event, the person, the signer and the acta as printed here; see the README):</source>
        <translation>Hash SHA-256 de esta constancia (del texto «constancia: 1» y el evento, la persona, quien firma y el acta tal como aparecen aquí; véase el README):</translation>
    </message>
</context>
<context>
    <name>taller::ColumnMap</name>
    <message>
        <source>&quot;%1&quot; is not HEADER=FIELD</source>
        <translation>«%1» no tiene la forma ENCABEZADO=CAMPO</translation>
    </message>
    <message>
        <source>there is no field &quot;%1&quot;; the fields are: %2, or - for none</source>
        <translation>no existe el campo «%1»; los campos son: %2, o - para ninguno</translation>
    </message>
    <message>
        <source>the file has no column &quot;%1&quot;; its columns are: %2</source>
        <translation>el archivo no tiene la columna «%1»; sus columnas son: %2</translation>
    </message>
    <message numerus="yes">
        <source>column %1 &quot;%2&quot; is left out as chosen (%n value(s) in it)</source>
        <translation>
            <numerusform>la columna %1 «%2» se omite, como se eligió (%n valor en ella)</numerusform>
            <numerusform>la columna %1 «%2» se omite, como se eligió (%n valores en ella)</numerusform>
        </translation>
    </message>
    <message>
        <source>column %1 &quot;%2&quot; is not imported: &quot;%3&quot; already comes from another column</source>
        <translation>la columna %1 «%2» no se importa: «%3» ya viene de otra columna</translation>
    </message>
    <message numerus="yes">
        <source>column %1 &quot;%2&quot; is not imported: it matches no field (%n value(s) in it); choose its field if it should be</source>
        <translation>
            <numerusform>la columna %1 «%2» no se importa: no corresponde a ningún campo (%n valor en ella); elija su campo si debe importarse</numerusform>
            <numerusform>la columna %1 «%2» no se importa: no corresponde a ningún campo (%n valores en ella); elija su campo si debe importarse</numerusform>
        </translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>(sin encabezado)</translation>
    </message>
</context>
<context>
    <name>taller::CommitmentEditor</name>
    <message>
        <source>A short name for the commitment</source>
        <translation>Un nombre corto para el compromiso</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Mesa:</source>
        <translation>Mesa:</translation>
    </message>
    <message>
        <source>Or&amp;igin:</source>
        <translation>Ori&amp;gen:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>&amp;Problem it addresses:</source>
        <translation>Problema &amp;que atiende:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <source>&amp;How it will be done:</source>
        <translation>Cómo se &amp;hará:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>Responsable:</translation>
    </message>
    <message>
        <source>Partici&amp;pants:</source>
        <translation>Participantes:</translation>
    </message>
    <message>
        <source>Reso&amp;urces:</source>
        <translation>Recursos:</translation>
    </message>
    <message>
        <source>Dead&amp;line:</source>
        <translation>Pla&amp;zo:</translation>
    </message>
    <message>
        <source>I&amp;ndicator:</source>
        <translation>Indicador:</translation>
    </message>
    <message>
        <source>OGP values:</source>
        <translation>Valores OGP:</translation>
    </message>
    <message>
        <source>No mesa</source>
        <translation>Sin mesa</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>✓ Measurable: it says how, who, by when and how it is measured.</source>
        <translation>✓ Medible: dice cómo, quién, para cuándo y cómo se medirá.</translation>
    </message>
    <message>
        <source>Not yet measurable: it lacks %1.</source>
        <translation>Aún no es medible: le falta %1.</translation>
    </message>
    <message>
        <source>Frozen: this commitment is in version %1 of the acta, closed for signature. A correction of the acta (Acta page) opens it again.</source>
        <translation>Congelado: este compromiso está en la versión %1 del acta, cerrada para firma. Una corrección del acta (página Acta) lo vuelve a abrir.</translation>
    </message>
</context>
<context>
    <name>taller::CommitmentImport</name>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>line %1: no title</source>
        <translation>línea %1: sin título</translation>
    </message>
    <message>
        <source>line %1: there is no mesa &quot;%2&quot; in this event</source>
        <translation>línea %1: no hay mesa «%2» en este evento</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, línea %2</translation>
    </message>
    <message>
        <source>That is this same event; choose the event file of the earlier workshop.</source>
        <translation>Es este mismo evento; elija el archivo del taller anterior.</translation>
    </message>
    <message>
        <source>%1, commitment %2</source>
        <translation>%1, compromiso %2</translation>
    </message>
    <message>
        <source>%1 has no approved commitments.</source>
        <translation>%1 no tiene compromisos aprobados.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message>
        <source>Mesa</source>
        <translation>Mesa</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Actions (how)</source>
        <translation>Acciones (cómo)</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>OGP values</source>
        <translation>Valores OGP</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not an OGP value (transparencia, rendición de cuentas, participación, tecnología e innovación); left out</source>
        <translation>línea %1: «%2» no es un valor OGP (transparencia, rendición de cuentas, participación, tecnología e innovación); se omite</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>%1 is the event open here: its commitments are already in it.</source>
        <translation>%1 es el evento abierto aquí: sus compromisos ya están en él.</translation>
    </message>
    <message>
        <source>No column of line %1 was recognised as the title (Título or Compromiso). Found: %2.</source>
        <translation>Ninguna columna de la línea %1 se reconoció como el título (Título o Compromiso). Se encontró: %2.</translation>
    </message>
</context>
<context>
    <name>taller::CommitmentRepository</name>
    <message numerus="yes">
        <source>Cannot %2 &quot;%1&quot;: %n commitment(s) merged into it (%3). Undo those merges first, or merge them elsewhere.</source>
        <translation>
            <numerusform>No se puede %2 «%1»: hay %n compromiso fusionado en él (%3). Deshaga primero esa fusión, o fusiónelo en otro.</numerusform>
            <numerusform>No se puede %2 «%1»: hay %n compromisos fusionados en él (%3). Deshaga primero esas fusiones, o fusiónelos en otro.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mesa %1 does not exist in this event.</source>
        <translation>La mesa %1 no existe en este evento.</translation>
    </message>
    <message>
        <source>A commitment needs a title.</source>
        <translation>Un compromiso necesita un título.</translation>
    </message>
    <message>
        <source>A commitment cannot be merged into itself.</source>
        <translation>Un compromiso no se puede fusionar consigo mismo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>merge into another</source>
        <translation>fusionar con otro</translation>
    </message>
    <message>
        <source>withdraw</source>
        <translation>retirar</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>eliminar</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by someone else while this was being edited (saved %2 times, edited from its save %3). Nothing was saved: look at the saved version and choose.</source>
        <translation>Otra persona cambió «%1» mientras se editaba (guardado %2 veces; se editaba desde el guardado %3). No se guardó nada: vea la versión guardada y elija.</translation>
    </message>
</context>
<context>
    <name>taller::Commitments</name>
    <message>
        <source>Transparency</source>
        <translation>Transparencia</translation>
    </message>
    <message>
        <source>Accountability</source>
        <translation>Rendición de cuentas</translation>
    </message>
    <message>
        <source>Citizen participation</source>
        <translation>Participación ciudadana</translation>
    </message>
    <message>
        <source>Technology and innovation</source>
        <translation>Tecnología e innovación</translation>
    </message>
    <message>
        <source>Input from an earlier workshop</source>
        <translation>Insumo de un taller anterior</translation>
    </message>
    <message>
        <source>Proposed at the mesa</source>
        <translation>Propuesto en la mesa</translation>
    </message>
    <message>
        <source>Amended in plenary</source>
        <translation>Modificado en plenaria</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Presented</source>
        <translation>Presentado</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionado</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>how it will be done</source>
        <translation>cómo se hará</translation>
    </message>
    <message>
        <source>a responsible</source>
        <translation>un responsable</translation>
    </message>
    <message>
        <source>a deadline</source>
        <translation>un plazo</translation>
    </message>
    <message>
        <source>an indicator</source>
        <translation>un indicador</translation>
    </message>
    <message>
        <source>Problem it addresses</source>
        <translation>Problema que atiende</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>How it will be done</source>
        <translation>Cómo se hará</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>OGP values</source>
        <translation>Valores OGP</translation>
    </message>
</context>
<context>
    <name>taller::CsvReader</name>
    <message>
        <source>line %1: text after the closing quotation mark of a field that opens on line %2; a quotation mark is missing or one too many</source>
        <translation>línea %1: hay texto después de las comillas que cierran un campo que empieza en la línea %2; falta una comilla o sobra una</translation>
    </message>
    <message>
        <source>line %1: a quotation mark opens a field that is never closed; it would swallow the rest of the file</source>
        <translation>línea %1: unas comillas abren un campo que nunca se cierra; se tragaría el resto del archivo</translation>
    </message>
    <message>
        <source>line %1 is not UTF-8 like the rest of the file (mixed encodings); save the file again as UTF-8 (CSV UTF-8 in Excel)</source>
        <translation>la línea %1 no está en UTF-8 como el resto del archivo (codificaciones mezcladas); guarde el archivo de nuevo como UTF-8 (CSV UTF-8 en Excel)</translation>
    </message>
</context>
<context>
    <name>taller::Decisions</name>
    <message>
        <source>The plenary approves, merges or withdraws a commitment; &quot;%1&quot; is not a decision.</source>
        <translation>La plenaria aprueba, fusiona o retira un compromiso; «%1» no es una decisión.</translation>
    </message>
    <message>
        <source>Say which commitment &quot;%1&quot; is merged into.</source>
        <translation>Indique con qué compromiso se fusiona «%1».</translation>
    </message>
    <message>
        <source>A commitment cannot be merged into itself.</source>
        <translation>Un compromiso no se puede fusionar consigo mismo.</translation>
    </message>
    <message>
        <source>There is no commitment %1 to merge into.</source>
        <translation>No hay compromiso %1 en el que fusionar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; merge into one that stays.</source>
        <translation>«%1» está %2; fusione con uno que se mantenga.</translation>
    </message>
</context>
<context>
    <name>taller::DeliverableDocument</name>
    <message>
        <source>Stage %1</source>
        <translation>Etapa %1</translation>
    </message>
    <message>
        <source>Board of deliverables</source>
        <translation>Tablero de entregables</translation>
    </message>
    <message>
        <source>What each organisation has delivered, stage by stage, as of %1</source>
        <translation>Lo que cada organización ha entregado, etapa por etapa, al %1</translation>
    </message>
    <message>
        <source>No deliverables have been defined.</source>
        <translation>No se han definido entregables.</translation>
    </message>
    <message>
        <source>No organisations take part yet.</source>
        <translation>Aún no participa ninguna organización.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>Última recepción</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completo</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>FALTA</translation>
    </message>
    <message>
        <source>%1 of %2 organisations complete.</source>
        <translation>%1 de %2 organizaciones completas.</translation>
    </message>
    <message>
        <source>Reminders of deliverables</source>
        <translation>Recordatorios de entregables</translation>
    </message>
    <message>
        <source>What each organisation still owes, as of %1</source>
        <translation>Lo que cada organización aún adeuda, al %1</translation>
    </message>
    <message>
        <source>– %1 (%2): %3 received of %4; %5 missing.</source>
        <translation>– %1 (%2): %3 recibidos de %4; faltan %5.</translation>
    </message>
    <message>
        <source>Every organisation has delivered everything: there is nothing to remind.</source>
        <translation>Todas las organizaciones entregaron todo: no hay nada que recordar.</translation>
    </message>
</context>
<context>
    <name>taller::DeliverableRepository</name>
    <message>
        <source>A deliverable needs a name.</source>
        <translation>Un entregable necesita un nombre.</translation>
    </message>
    <message>
        <source>A deliverable belongs to a stage (1 or more).</source>
        <translation>Un entregable pertenece a una etapa (1 o más).</translation>
    </message>
    <message>
        <source>A deliverable is expected at least once from each organisation.</source>
        <translation>Se espera un entregable al menos una vez de cada organización.</translation>
    </message>
    <message>
        <source>An organisation needs a name.</source>
        <translation>Una organización necesita un nombre.</translation>
    </message>
    <message>
        <source>Say which organisation delivered it.</source>
        <translation>Indique qué organización lo entregó.</translation>
    </message>
    <message>
        <source>How many were received cannot be negative.</source>
        <translation>La cantidad recibida no puede ser negativa.</translation>
    </message>
    <message>
        <source>Say on which date it was received.</source>
        <translation>Indique en qué fecha se recibió.</translation>
    </message>
    <message>
        <source>There is no deliverable %1.</source>
        <translation>No existe el entregable %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; counts the fichas the file holds: import or type the organisation&apos;s fichas instead.</source>
        <translation>«%1» cuenta las fichas que tiene el archivo: importe o escriba las fichas de la organización.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; counts the signed minutes of the organisation&apos;s meetings at stage %2: close and sign them instead.</source>
        <translation>«%1» cuenta las actas firmadas de las reuniones de la organización en la etapa %2: ciérrelas y fírmelas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an organisation of the process. Add it first (organisation add).</source>
        <translation>«%1» no es una organización del proceso. Añádala primero (organisation add).</translation>
    </message>
</context>
<context>
    <name>taller::Deliverables</name>
    <message>
        <source>Ticked by hand</source>
        <translation>Marcado a mano</translation>
    </message>
    <message>
        <source>Counted from the fichas</source>
        <translation>Contado de las fichas</translation>
    </message>
    <message>
        <source>Counted from signed minutes</source>
        <translation>Contado de las actas firmadas</translation>
    </message>
    <message>
        <source>Acta de Acuerdos signed with civil society</source>
        <translation>Acta de Acuerdos firmada con la sociedad civil</translation>
    </message>
    <message>
        <source>Fichas of proposed activities</source>
        <translation>Fichas de actividades propuestas</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 missing)</source>
        <translation>%1 de %2 (faltan %3)</translation>
    </message>
</context>
<context>
    <name>taller::DocumentPrinter</name>
    <message>
        <source>Print %1</source>
        <translation>Imprimir %1</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>No se pudo imprimir</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Vista previa: %1</translation>
    </message>
    <message>
        <source>Export %1 as PDF</source>
        <translation>Exportar %1 a PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>No se pudo exportar</translation>
    </message>
    <message>
        <source>PDF exported</source>
        <translation>PDF exportado</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
    <message>
        <source>&amp;Open it</source>
        <translation>&amp;Abrirlo</translation>
    </message>
    <message>
        <source>Sign the PDF</source>
        <translation>Firmar el PDF</translation>
    </message>
    <message>
        <source>Password of the certificate %1:</source>
        <translation>Contraseña del certificado %1:</translation>
    </message>
</context>
<context>
    <name>taller::DocumentTypes</name>
    <message>
        <source>DNI</source>
        <translation>DNI</translation>
    </message>
    <message>
        <source>Foreigner&apos;s card</source>
        <translation>Carné de extranjería</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Pasaporte</translation>
    </message>
    <message>
        <source>CE</source>
        <translation>CE</translation>
    </message>
    <message>
        <source>The document number is missing.</source>
        <translation>Falta el número de documento.</translation>
    </message>
    <message>
        <source>A DNI has only digits; &quot;%1&quot; has other characters.</source>
        <translation>Un DNI solo tiene dígitos; «%1» tiene otros caracteres.</translation>
    </message>
    <message numerus="yes">
        <source>A DNI has exactly 8 digits; &quot;%1&quot; has %n.</source>
        <translation>
            <numerusform>Un DNI tiene exactamente 8 dígitos; «%1» tiene %n.</numerusform>
            <numerusform>Un DNI tiene exactamente 8 dígitos; «%1» tiene %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>A document number has only letters and digits; &quot;%1&quot; has other characters.</source>
        <translation>Un número de documento solo tiene letras y dígitos; «%1» tiene otros caracteres.</translation>
    </message>
    <message numerus="yes">
        <source>This document number should have 6 to 12 letters or digits; &quot;%1&quot; has %n.</source>
        <translation>
            <numerusform>Este número de documento debe tener de 6 a 12 letras o dígitos; «%1» tiene %n.</numerusform>
            <numerusform>Este número de documento debe tener de 6 a 12 letras o dígitos; «%1» tiene %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>taller::EventDetailsPage</name>
    <message>
        <source> people</source>
        <translation> personas</translation>
    </message>
    <message>
        <source>One objective per line</source>
        <translation>Un objetivo por línea</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation>&amp;Organizador:</translation>
    </message>
    <message>
        <source>Target a&amp;udience:</source>
        <translation>&amp;Dirigido a:</translation>
    </message>
    <message>
        <source>E&amp;xpected participants:</source>
        <translation>Participa&amp;ntes esperados:</translation>
    </message>
    <message>
        <source>Place and time</source>
        <translation>Lugar y horario</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Di&amp;rección:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>&amp;Horario:</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>&amp;General objective:</source>
        <translation>Objetivo &amp;general:</translation>
    </message>
    <message>
        <source>S&amp;pecific objectives:</source>
        <translation>Objetivos es&amp;pecíficos:</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>The event ends before it starts: check the times.</source>
        <translation>El evento termina antes de empezar: revise el horario.</translation>
    </message>
</context>
<context>
    <name>taller::EventDocument</name>
    <message>
        <source>edit event details</source>
        <translation>editar datos del evento</translation>
    </message>
    <message>
        <source>start the day</source>
        <translation>empezar el día</translation>
    </message>
    <message>
        <source>next activity</source>
        <translation>siguiente actividad</translation>
    </message>
    <message>
        <source>clear the recorded times</source>
        <translation>borrar las horas registradas</translation>
    </message>
    <message>
        <source>edit mesa %1</source>
        <translation>editar la mesa %1</translation>
    </message>
    <message>
        <source>delete &quot;%1&quot;</source>
        <translation>eliminar «%1»</translation>
    </message>
    <message>
        <source>decide on &quot;%1&quot;: %2</source>
        <translation>decidir sobre «%1»: %2</translation>
    </message>
    <message>
        <source>score initiative %1</source>
        <translation>puntuar la iniciativa %1</translation>
    </message>
    <message>
        <source>That person is no longer on the list.</source>
        <translation>Esa persona ya no está en la lista.</translation>
    </message>
    <message>
        <source>edit %1&apos;s details</source>
        <translation>editar los datos de %1</translation>
    </message>
</context>
<context>
    <name>taller::EventFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a Taller Abierto event file.</source>
        <translation>%1 está vacío: no es un archivo de evento de Taller Abierto.</translation>
    </message>
    <message>
        <source>%1 is not a Taller Abierto event file.</source>
        <translation>%1 no es un archivo de evento de Taller Abierto.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Taller Abierto event file (%2).</source>
        <translation>%1 no es un archivo de evento de Taller Abierto (%2).</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name, it will not be overwritten.</source>
        <translation>%1 ya existe; elija otro nombre, no se sobrescribirá.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 is a folder, not an event file.</source>
        <translation>%1 es una carpeta, no un archivo de evento.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Taller Abierto event file.</source>
        <translation>%1 es una base de datos SQLite, pero no un archivo de evento de Taller Abierto.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Taller Abierto (file format %2; this version reads up to %3). Update Taller Abierto to open it.</source>
        <translation>%1 fue creado por una versión más reciente de Taller Abierto (formato %2; esta versión lee hasta el %3). Actualice Taller Abierto para abrirlo.</translation>
    </message>
    <message>
        <source>%1 is on a network drive (%2). SQLite cannot guarantee an event file there: two computers writing at once can damage it. Copy it to this computer&apos;s disk to work on it.</source>
        <translation>%1 está en una unidad de red (%2). SQLite no puede garantizar un archivo de evento allí: dos computadoras escribiendo a la vez pueden dañarlo. Cópielo al disco de esta computadora para trabajar.</translation>
    </message>
    <message>
        <source>%1 is in a folder synchronised by %2. SQLite cannot guarantee an event file there: the sync can copy it halfway through a change. Work on a copy outside that folder.</source>
        <translation>%1 está en una carpeta sincronizada por %2. SQLite no puede garantizar un archivo de evento allí: la sincronización puede copiarlo a mitad de un cambio. Trabaje con una copia fuera de esa carpeta.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). It was set aside as %3; nothing was deleted.</source>
        <translation>%1 está dañado (%2). Se apartó como %3; no se borró nada.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2).</source>
        <translation>%1 está dañado (%2).</translation>
    </message>
    <message>
        <source>The latest backup, from %1, is %2.</source>
        <translation>La copia de seguridad más reciente, del %1, es %2.</translation>
    </message>
    <message>
        <source>There is no backup of it.</source>
        <translation>No hay copia de seguridad de él.</translation>
    </message>
    <message>
        <source>%1 was not upgraded, because no backup of it could be made first: %2</source>
        <translation>%1 no se actualizó porque antes no se pudo hacer una copia de seguridad: %2</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). It is on read-only media, so it was left as it is; copy it to a writable disk and open it there to recover it.</source>
        <translation>%1 está dañado (%2). Está en un medio de solo lectura, así que se dejó como está; cópielo a un disco con escritura y ábralo allí para recuperarlo.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); it was left as it is.</source>
        <translation>%1 está dañado (%2); se dejó como está.</translation>
    </message>
    <message>
        <source>%1 is open read-only (it is on read-only media, or the file or its folder is write-protected): changes cannot be saved. Copy it to a writable folder to change it.</source>
        <translation>%1 está abierto en modo de solo lectura (está en un medio de solo lectura, o el archivo o su carpeta están protegidos contra escritura): no se pueden guardar cambios. Cópielo a una carpeta con escritura para cambiarlo.</translation>
    </message>
    <message>
        <source>Cannot read %1: no temporary folder for its upgraded copy (%2).</source>
        <translation>No se puede leer %1: no hay carpeta temporal para su copia actualizada (%2).</translation>
    </message>
    <message>
        <source>Another program deleted the journal of %1 while it was open here; the event was reopened and nothing was lost.</source>
        <translation>Otro programa borró el diario de %1 mientras estaba abierto aquí; el evento se volvió a abrir y no se perdió nada.</translation>
    </message>
    <message>
        <source>%1 had lost its locks (a file dialog or another program read it); the event was reopened and nothing was lost.</source>
        <translation>%1 había perdido sus bloqueos (un diálogo de archivos u otro programa lo leyó); el evento se volvió a abrir y no se perdió nada.</translation>
    </message>
    <message>
        <source>%1 was moved, replaced or deleted by another program while it was open here.</source>
        <translation>Otro programa movió, reemplazó o borró %1 mientras estaba abierto aquí.</translation>
    </message>
    <message>
        <source>Another program deleted the journal of %1 while it was open here, and its last changes could not be written back (%2).</source>
        <translation>Otro programa borró el diario de %1 mientras estaba abierto aquí, y sus últimos cambios no se pudieron devolver al archivo (%2).</translation>
    </message>
    <message>
        <source>Nothing more is written to it; everything this window held was saved in %1.</source>
        <translation>No se escribe nada más en él; todo lo que esta ventana tenía se guardó en %1.</translation>
    </message>
    <message>
        <source>Nothing more is written to it, and what this window held could not be saved aside: %1</source>
        <translation>No se escribe nada más en él, y lo que esta ventana tenía no se pudo guardar aparte: %1</translation>
    </message>
</context>
<context>
    <name>taller::EventHeader</name>
    <message>
        <source>date to be set</source>
        <translation>fecha por definir</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>taller::EventRepository</name>
    <message>
        <source>The event file has no event details.</source>
        <translation>El archivo no tiene los datos del evento.</translation>
    </message>
</context>
<context>
    <name>taller::EventService</name>
    <message>
        <source>The number of sample attendees cannot be negative.</source>
        <translation>El número de participantes de ejemplo no puede ser negativo.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name, it will not be overwritten.</source>
        <translation>%1 ya existe; elija otro nombre, no se sobrescribirá.</translation>
    </message>
    <message>
        <source>Could not copy %1 to %2.</source>
        <translation>No se pudo copiar %1 a %2.</translation>
    </message>
</context>
<context>
    <name>taller::EventTemplates</name>
    <message>
        <source>Palacio de Hierro open data workshop (La Libertad)</source>
        <translation>Taller de datos abiertos del Palacio de Hierro (La Libertad)</translation>
    </message>
    <message>
        <source>Blank event</source>
        <translation>Evento en blanco</translation>
    </message>
</context>
<context>
    <name>taller::FileDialogs</name>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>Archivo %1</translation>
    </message>
    <message>
        <source>%1 has several sheets. Import from:</source>
        <translation>%1 tiene varias hojas. Importar de:</translation>
    </message>
</context>
<context>
    <name>taller::FollowUpPage</name>
    <message>
        <source>Agreements and deliverables</source>
        <translation>Acuerdos y entregables</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Cumplidos</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>&amp;Mark as done…</source>
        <translation>&amp;Marcar como cumplido…</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Reabrir</translation>
    </message>
    <message>
        <source>Stage shown</source>
        <translation>Etapa mostrada</translation>
    </message>
    <message>
        <source>Board of deliverables</source>
        <translation>Tablero de entregables</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Etapa:</translation>
    </message>
    <message>
        <source>Tick as &amp;received…</source>
        <translation>Marcar como &amp;recibido…</translation>
    </message>
    <message>
        <source>Add &amp;organisation…</source>
        <translation>Añadir &amp;organización…</translation>
    </message>
    <message>
        <source>Add &amp;deliverable…</source>
        <translation>Añadir &amp;entregable…</translation>
    </message>
    <message>
        <source>&amp;Print board…</source>
        <translation>&amp;Imprimir tablero…</translation>
    </message>
    <message>
        <source>Print &amp;reminders…</source>
        <translation>Imprimir recor&amp;datorios…</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Entregables</translation>
    </message>
    <message>
        <source>Every stage</source>
        <translation>Todas las etapas</translation>
    </message>
    <message>
        <source>Stage %1 · %2</source>
        <translation>Etapa %1 · %2</translation>
    </message>
    <message>
        <source>%1 open, %2 overdue, %3 done.</source>
        <translation>%1 pendientes, %2 vencidos, %3 cumplidos.</translation>
    </message>
    <message>
        <source>No organisations yet: add them, or import their fichas.</source>
        <translation>Aún no hay organizaciones: añádalas o importe sus fichas.</translation>
    </message>
    <message>
        <source>%1 of %2 organisations still owe something.</source>
        <translation>%1 de %2 organizaciones aún adeudan algo.</translation>
    </message>
    <message>
        <source>Agreement done</source>
        <translation>Acuerdo cumplido</translation>
    </message>
    <message>
        <source>The evidence: an oficio, a link, who confirmed it</source>
        <translation>La evidencia: un oficio, un enlace, quién lo confirmó</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>&amp;Done on:</source>
        <translation>&amp;Cumplido el:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Evidencia:</translation>
    </message>
    <message>
        <source>Reviewed in &amp;meeting:</source>
        <translation>Revisado en la &amp;reunión:</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation>Añadir organización</translation>
    </message>
    <message>
        <source>The organisation (a Gerencia):</source>
        <translation>La organización (una Gerencia):</translation>
    </message>
    <message>
        <source>Add deliverable</source>
        <translation>Añadir entregable</translation>
    </message>
    <message>
        <source>Start the process first: deliverables belong to its stages.</source>
        <translation>Inicie primero el proceso: los entregables pertenecen a sus etapas.</translation>
    </message>
    <message>
        <source>Oficio para la OGP</source>
        <translation>Oficio para la OGP</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>E&amp;tapa:</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Qué:</translation>
    </message>
    <message>
        <source>&amp;How many each:</source>
        <translation>&amp;Cuántos cada una:</translation>
    </message>
    <message>
        <source>Tick as received</source>
        <translation>Marcar como recibido</translation>
    </message>
    <message>
        <source>Choose the cell of an organisation and a deliverable first.</source>
        <translation>Elija primero la celda de una organización y un entregable.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; counts the fichas in the file: import or type %2&apos;s fichas in Process.</source>
        <translation>«%1» cuenta las fichas del archivo: importe o escriba las fichas de %2 en Proceso.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; counts %2&apos;s signed minutes at stage %3: close and sign them in Acta.</source>
        <translation>«%1» cuenta las actas firmadas de %2 en la etapa %3: ciérrelas y fírmelas en Acta.</translation>
    </message>
    <message>
        <source>&amp;Received (of %1):</source>
        <translation>&amp;Recibidos (de %1):</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;El:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>-deliverables-board.pdf</source>
        <translation>-tablero-de-entregables.pdf</translation>
    </message>
    <message>
        <source>Reminders of deliverables</source>
        <translation>Recordatorios de entregables</translation>
    </message>
    <message>
        <source>-deliverables-reminders.pdf</source>
        <translation>-recordatorios-de-entregables.pdf</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Cumplido el</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
</context>
<context>
    <name>taller::ImportAttendeesDialog</name>
    <message>
        <source>Import attendees</source>
        <translation>Importar participantes</translation>
    </message>
    <message>
        <source>%1 cannot be imported.

%2</source>
        <translation>No se puede importar %1.

%2</translation>
    </message>
    <message>
        <source>Import attendees: %1</source>
        <translation>Importar participantes: %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n people</source>
        <translation>
            <numerusform>&amp;Importar %n persona</numerusform>
            <numerusform>&amp;Importar %n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people imported.</source>
        <translation>
            <numerusform>Se importó %n persona.</numerusform>
            <numerusform>Se importaron %n personas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n people will be imported&lt;/b&gt;; duplicates left out: %1; rejected rows: %2; warnings: %3.</source>
        <translation>
            <numerusform>&lt;b&gt;Se importará %n persona&lt;/b&gt;; duplicados que quedan fuera: %1; filas rechazadas: %2; avisos: %3.</numerusform>
            <numerusform>&lt;b&gt;Se importarán %n personas&lt;/b&gt;; duplicados que quedan fuera: %1; filas rechazadas: %2; avisos: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna en el archivo</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Se importa como</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Primer valor</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Surnames</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation>Nombre en el archivo</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(columna %1)</translation>
    </message>
    <message>
        <source>— not imported</source>
        <translation>— no se importa</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Campo de la columna %1</translation>
    </message>
    <message>
        <source>Corrected by hand</source>
        <translation>Corregido a mano</translation>
    </message>
    <message>
        <source>Line %1 has no given names; write them before importing.</source>
        <translation>La línea %1 no tiene nombres; escríbalos antes de importar.</translation>
    </message>
    <message>
        <source>Read as %1. Choose another field for a column if it was not recognised; correct a name by editing it. Names the program is unsure of come first, marked: Ctrl+I swaps given names and surnames, Ctrl+← and Ctrl+→ move a word between them, Ctrl+R takes the other reading, Ctrl+Return keeps the name as shown.</source>
        <translation>Leído como %1. Elija otro campo para una columna si no se reconoció; corrija un nombre editándolo. Los nombres de los que el programa no está seguro van primero, marcados: Ctrl+I intercambia nombres y apellidos, Ctrl+← y Ctrl+→ pasan una palabra de unos a otros, Ctrl+R toma la otra lectura, Ctrl+Intro deja el nombre como se muestra.</translation>
    </message>
    <message>
        <source>Row that names the columns</source>
        <translation>Fila que nombra las columnas</translation>
    </message>
    <message>
        <source>&amp;Row that names the columns:</source>
        <translation>&amp;Fila que nombra las columnas:</translation>
    </message>
    <message>
        <source>Swap given names and surnames</source>
        <translation>Intercambiar nombres y apellidos</translation>
    </message>
    <message>
        <source>Move the last given name to the surnames</source>
        <translation>Pasar el último nombre a los apellidos</translation>
    </message>
    <message>
        <source>Move the first surname to the given names</source>
        <translation>Pasar el primer apellido a los nombres</translation>
    </message>
    <message>
        <source>Take the other reading</source>
        <translation>Tomar la otra lectura</translation>
    </message>
    <message>
        <source>Keep the name as shown</source>
        <translation>Dejar el nombre como se muestra</translation>
    </message>
    <message>
        <source>Choose the row that names the columns and, for each column, what it holds; the people appear here before anything is imported.</source>
        <translation>Elija la fila que nombra las columnas y, para cada columna, qué contiene; las personas aparecen aquí antes de importar nada.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>Only numbers the rows; left out</source>
        <translation>Solo numera las filas; se deja fuera</translation>
    </message>
    <message>
        <source>Placed by its values: %1</source>
        <translation>Ubicada por sus valores: %1</translation>
    </message>
    <message>
        <source>Split by the program, unsure: %1. Ctrl+I swaps, Ctrl+← Ctrl+→ move a word, Ctrl+R takes the other reading, Ctrl+Return keeps it.</source>
        <translation>Separado por el programa, sin certeza: %1. Ctrl+I intercambia, Ctrl+← Ctrl+→ pasan una palabra, Ctrl+R toma la otra lectura, Ctrl+Intro lo deja así.</translation>
    </message>
    <message>
        <source>&amp;People (%1)</source>
        <translation>&amp;Personas (%1)</translation>
    </message>
    <message>
        <source>C&amp;olumns of the file (%1)</source>
        <translation>C&amp;olumnas del archivo (%1)</translation>
    </message>
    <message>
        <source>Pro&amp;blems found (%1)</source>
        <translation>Pro&amp;blemas encontrados (%1)</translation>
    </message>
</context>
<context>
    <name>taller::ImportColumnsDialog</name>
    <message>
        <source>Choose the row that names the columns and, for each column, what it holds. Nothing is imported until you accept.</source>
        <translation>Elija la fila que nombra las columnas y, para cada columna, qué contiene. No se importa nada hasta que acepte.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>&amp;Row that names the columns:</source>
        <translation>&amp;Fila que nombra las columnas:</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna en el archivo</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Se importa como</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Primer valor</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(columna %1)</translation>
    </message>
    <message>
        <source>— not imported</source>
        <translation>— no se importa</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Campo de la columna %1</translation>
    </message>
</context>
<context>
    <name>taller::InitiativeExport</name>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Stage reached</source>
        <translation>Etapa alcanzada</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntaje</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Iniciativas</translation>
    </message>
</context>
<context>
    <name>taller::InitiativeImport</name>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>column %1 &quot;%2&quot; is not a field of the ficha; it was left out</source>
        <translation>la columna %1 «%2» no es un campo de la ficha; se dejó fuera</translation>
    </message>
    <message>
        <source>column %1 &quot;%2&quot; repeats column %3; it was left out</source>
        <translation>la columna %1 «%2» repite la columna %3; se dejó fuera</translation>
    </message>
    <message>
        <source>line %1: no name of the activity; the row was not imported</source>
        <translation>línea %1: sin nombre de la actividad; la fila no se importó</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; of %3 is already in the process; left out</source>
        <translation>línea %1: «%2» de %3 ya está en el proceso; se dejó fuera</translation>
    </message>
    <message>
        <source>line %1: the ficha &quot;%2&quot; lacks: %3</source>
        <translation>línea %1: a la ficha «%2» le falta: %3</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, línea %2</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message numerus="yes">
        <source>the columns are named on line %1; the %n row(s) above it were skipped</source>
        <translation>
            <numerusform>las columnas se nombran en la línea %1; se omitió %n fila encima</numerusform>
            <numerusform>las columnas se nombran en la línea %1; se omitieron las %n filas de encima</numerusform>
        </translation>
    </message>
    <message>
        <source>No column of line %1 was recognised as the name of the activity (&quot;Nombre de la Actividad&quot;). Found: %2.</source>
        <translation>Ninguna columna de la línea %1 se reconoció como el nombre de la actividad («Nombre de la Actividad»). Se encontró: %2.</translation>
    </message>
    <message>
        <source>line %1 &quot;%2&quot; closes the list, it is not a ficha; skipped</source>
        <translation>la línea %1 «%2» cierra la lista, no es una ficha; se omite</translation>
    </message>
</context>
<context>
    <name>taller::Initiatives</name>
    <message>
        <source>Name of the activity</source>
        <translation>Nombre de la Actividad</translation>
    </message>
    <message>
        <source>Description of the activity</source>
        <translation>Descripción de la Actividad</translation>
    </message>
    <message>
        <source>Scope of intervention</source>
        <translation>Ámbito de Intervención</translation>
    </message>
    <message>
        <source>Expected results</source>
        <translation>Resultados Esperados</translation>
    </message>
    <message>
        <source>Strategic objective of the Concerted Development Plan it contributes to</source>
        <translation>Objetivo Estratégico del Plan de Desarrollo Concertado al que contribuye</translation>
    </message>
    <message>
        <source>Strategic objective of the Institutional Strategic Plan it contributes to</source>
        <translation>Objetivo Estratégico del Plan Estratégico institucional al que contribuye</translation>
    </message>
    <message>
        <source>Indicator measuring the activity</source>
        <translation>Indicador de Medición de la Actividad</translation>
    </message>
    <message>
        <source>Population served (number and location)</source>
        <translation>Población Beneficiada (número y ubicación)</translation>
    </message>
    <message>
        <source>Budget of the activity 2016 and 2017</source>
        <translation>Presupuesto de la Actividad 2016 y 2017</translation>
    </message>
    <message>
        <source>Physical target 2016</source>
        <translation>Meta Física 2016</translation>
    </message>
    <message>
        <source>Physical target 2017</source>
        <translation>Meta Física 2017</translation>
    </message>
    <message>
        <source>Socio-economic impact</source>
        <translation>Impacto Socio – Económico</translation>
    </message>
    <message>
        <source>Proposed open-government component of the activity</source>
        <translation>Propuesta de componente de Gobierno Abierto sobre la actividad propuesta</translation>
    </message>
    <message>
        <source>Name of the Regional Management (Gerencia) or organisation</source>
        <translation>Nombre de la Gerencia Regional</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzó</translation>
    </message>
    <message>
        <source>Not advanced</source>
        <translation>No avanzó</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionada</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Seleccionada</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <translation>Votación por puntos</translation>
    </message>
    <message>
        <source>Weighted criteria, 1 to 5</source>
        <translation>Criterios ponderados, de 1 a 5</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Presentada</translation>
    </message>
    <message>
        <source>Selected as a commitment</source>
        <translation>Seleccionada como compromiso</translation>
    </message>
    <message>
        <source>%1 dots; rank %2 of %3</source>
        <translation>%1 puntos; puesto %2 de %3</translation>
    </message>
    <message>
        <source>score %1; rank %2 of %3</source>
        <translation>puntaje %1; puesto %2 de %3</translation>
    </message>
    <message>
        <source>Co-creation process</source>
        <translation>Proceso de co-creación</translation>
    </message>
    <message>
        <source>Induction</source>
        <translation>Inducción</translation>
    </message>
    <message>
        <source>Formulation of initiatives</source>
        <translation>Formulación de iniciativas</translation>
    </message>
    <message>
        <source>Presentation and prioritisation</source>
        <translation>Presentación y priorización</translation>
    </message>
    <message>
        <source>Final proposal</source>
        <translation>Propuesta final</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <source>Feasibility</source>
        <translation>Factibilidad</translation>
    </message>
    <message>
        <source>Secured budget</source>
        <translation>Presupuesto asegurado</translation>
    </message>
    <message>
        <source>Open-government value</source>
        <translation>Valor de gobierno abierto</translation>
    </message>
    <message>
        <source>Participation of actors</source>
        <translation>Participación de actores</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>sin puntaje</translation>
    </message>
</context>
<context>
    <name>taller::LiveFormat</name>
    <message>
        <source>on time</source>
        <translation>a tiempo</translation>
    </message>
    <message>
        <source>%1 min behind</source>
        <translation>%1 min de retraso</translation>
    </message>
    <message>
        <source>%1 min ahead</source>
        <translation>%1 min adelantado</translation>
    </message>
</context>
<context>
    <name>taller::MainWindow</name>
    <message>
        <source>Taller Abierto events (*.taller)</source>
        <translation>Eventos de Taller Abierto (*.taller)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Mesas</source>
        <translation>Mesas</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New event</source>
        <translation>&amp;Nuevo evento</translation>
    </message>
    <message>
        <source>From the &amp;Palacio de Hierro workshop…</source>
        <translation>Desde el taller del &amp;Palacio de Hierro…</translation>
    </message>
    <message>
        <source>&amp;Blank…</source>
        <translation>En &amp;blanco…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Print programme…</source>
        <translation>Im&amp;primir programa…</translation>
    </message>
    <message>
        <source>Programme print pre&amp;view…</source>
        <translation>&amp;Vista previa del programa…</translation>
    </message>
    <message>
        <source>&amp;Export programme as PDF…</source>
        <translation>Exportar programa a PD&amp;F…</translation>
    </message>
    <message>
        <source>&amp;Close event</source>
        <translation>&amp;Cerrar evento</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Taller Abierto</source>
        <translation>&amp;Acerca de Taller Abierto</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>workshop-%1</source>
        <translation>taller-%1</translation>
    </message>
    <message>
        <source>New event: %1</source>
        <translation>Nuevo evento: %1</translation>
    </message>
    <message>
        <source>Could not create the event</source>
        <translation>No se pudo crear el evento</translation>
    </message>
    <message>
        <source>Open event</source>
        <translation>Abrir evento</translation>
    </message>
    <message>
        <source>Could not open the event</source>
        <translation>No se pudo abrir el evento</translation>
    </message>
    <message>
        <source>Could not save the change</source>
        <translation>No se pudo guardar el cambio</translation>
    </message>
    <message>
        <source>No recent events</source>
        <translation>No hay eventos recientes</translation>
    </message>
    <message>
        <source>Taller Abierto</source>
        <translation>Taller Abierto</translation>
    </message>
    <message>
        <source>Saved automatically in %1</source>
        <translation>Se guarda automáticamente en %1</translation>
    </message>
    <message>
        <source>About Taller Abierto</source>
        <translation>Acerca de Taller Abierto</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Taller Abierto %1&lt;/h3&gt;&lt;p&gt;For the facilitators of open-government co-creation workshops: the programme, the registration desk, the working tables, the plenary and the Acta de Compromisos, on one laptop and without internet.&lt;/p&gt;&lt;p&gt;Each event is one &lt;i&gt;.taller&lt;/i&gt; file, saved as you work.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Taller Abierto %1&lt;/h3&gt;&lt;p&gt;Para quienes facilitan talleres de co-creación de gobierno abierto: el programa, la mesa de registro, las mesas de trabajo, la plenaria y el Acta de Compromisos, en una sola laptop y sin internet.&lt;/p&gt;&lt;p&gt;Cada evento es un archivo &lt;i&gt;.taller&lt;/i&gt; que se guarda mientras trabaja.&lt;/p&gt;&lt;p&gt;Software libre bajo la Licencia Pública General GNU, versión 3 o posterior.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Print &amp;attendance sheet…</source>
        <translation>Imprimir &amp;lista de asistencia…</translation>
    </message>
    <message>
        <source>Export attendance sheet as P&amp;DF…</source>
        <translation>Exportar lista de asistencia a P&amp;DF…</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>Plenaria</translation>
    </message>
    <message>
        <source>Acta</source>
        <translation>Acta</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Res&amp;taurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>This place is not safe for an event file</source>
        <translation>Este lugar no es seguro para un archivo de evento</translation>
    </message>
    <message>
        <source>Put the latest backup, from %1, in its place and open it?</source>
        <translation>¿Poner en su lugar la copia de seguridad más reciente, del %1, y abrirla?</translation>
    </message>
    <message>
        <source>The event file is damaged</source>
        <translation>El archivo del evento está dañado</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>There are no backups of this event yet.</source>
        <translation>Todavía no hay copias de seguridad de este evento.</translation>
    </message>
    <message>
        <source>Backups of %1, newest first. The one you choose is opened as a new file; the current event stays as it is.</source>
        <translation>Copias de seguridad de %1, la más reciente primero. La que elija se abre como un archivo nuevo; el evento actual queda como está.</translation>
    </message>
    <message>
        <source>Save the restored event as</source>
        <translation>Guardar el evento restaurado como</translation>
    </message>
    <message>
        <source>-restored-%1</source>
        <translation>-restaurado-%1</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <source>&amp;Import attendees (Excel or CSV)…</source>
        <translation>&amp;Importar asistentes (Excel o CSV)…</translation>
    </message>
    <message>
        <source>Import programme (Excel or CS&amp;V)…</source>
        <translation>Importar programa (&amp;Excel o CSV)…</translation>
    </message>
    <message>
        <source>Export programme (Excel or C&amp;SV)…</source>
        <translation>E&amp;xportar programa (Excel o CSV)…</translation>
    </message>
    <message>
        <source>Export a&amp;ttendees (Excel or CSV)…</source>
        <translation>Exportar asis&amp;tentes (Excel o CSV)…</translation>
    </message>
    <message>
        <source>Export attendees</source>
        <translation>Exportar asistentes</translation>
    </message>
    <message>
        <source>-attendees</source>
        <translation>-asistentes</translation>
    </message>
    <message>
        <source>Export co&amp;mmitments (Excel or CSV)…</source>
        <translation>Exportar co&amp;mpromisos (Excel o CSV)…</translation>
    </message>
    <message>
        <source>Export commitments</source>
        <translation>Exportar compromisos</translation>
    </message>
    <message>
        <source>-commitments</source>
        <translation>-compromisos</translation>
    </message>
    <message>
        <source>Export participation by sector (Excel or CSV)…</source>
        <translation>Exportar participación por sector (Excel o CSV)…</translation>
    </message>
    <message>
        <source>Export participation</source>
        <translation>Exportar participación</translation>
    </message>
    <message>
        <source>-participation</source>
        <translation>-participacion</translation>
    </message>
    <message>
        <source>E&amp;rase attendees&apos; personal data…</source>
        <translation>&amp;Borrar los datos personales de los participantes…</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Abierto en modo de solo lectura</translation>
    </message>
    <message>
        <source>You can view, search, print and export it; changes will be refused.</source>
        <translation>Puede verlo, buscar, imprimirlo y exportarlo; los cambios se rechazarán.</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[solo lectura]</translation>
    </message>
    <message>
        <source>Read-only: %1 cannot be changed here.</source>
        <translation>Solo lectura: %1 no se puede cambiar aquí.</translation>
    </message>
    <message>
        <source>Erase attendees&apos; personal data</source>
        <translation>Borrar los datos personales de los participantes</translation>
    </message>
    <message>
        <source>After the event, Ley 29733 asks that the attendees&apos; personal data be erased. This erases every name, document, e-mail and phone from %1, its journal and every backup this program made of it, keeping the counts by sector and the acta with its signatories.

It cannot be undone. Close this event on every other computer or window first.</source>
        <translation>Después del evento, la Ley 29733 pide borrar los datos personales de los participantes. Esto borra cada nombre, documento, correo y teléfono de %1, de su registro de transacciones y de cada copia de seguridad que este programa hizo de él, y conserva los conteos por sector y el acta con sus firmantes.

No se puede deshacer. Cierre antes este evento en cualquier otra computadora o ventana.</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Borrar definitivamente</translation>
    </message>
    <message>
        <source>The personal data is not erased</source>
        <translation>Los datos personales no están borrados</translation>
    </message>
    <message>
        <source>The personal data had already been erased from this event.</source>
        <translation>Los datos personales de este evento ya se habían borrado.</translation>
    </message>
    <message>
        <source>The attendees&apos; personal data was erased from the file and its journal.</source>
        <translation>Los datos personales de los participantes se borraron del archivo y de su registro de transacciones.</translation>
    </message>
    <message numerus="yes">
        <source>%n copies of the event that held it were deleted.</source>
        <translation>
            <numerusform>Se eliminó %n copia del evento que los contenía.</numerusform>
            <numerusform>Se eliminaron %n copias del evento que los contenían.</numerusform>
        </translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>Datos personales borrados</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Proceso</translation>
    </message>
    <message>
        <source>Start a co-creation &amp;process</source>
        <translation>Iniciar un pr&amp;oceso de co-creación</translation>
    </message>
    <message>
        <source>Import &amp;fichas…</source>
        <translation>Importar fic&amp;has…</translation>
    </message>
    <message>
        <source>Co-creation process</source>
        <translation>Proceso de co-creación</translation>
    </message>
    <message>
        <source>Show the &amp;sections list</source>
        <translation>Mostrar la lista de &amp;secciones</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>The meeting Registration and Acta work on</source>
        <translation>La reunión sobre la que trabajan Registro y Acta</translation>
    </message>
    <message>
        <source>Workshop · %1</source>
        <translation>Taller · %1</translation>
    </message>
    <message>
        <source>Export the OGP repository b&amp;undle…</source>
        <translation>Exportar el pa&amp;quete para el repositorio OGP…</translation>
    </message>
    <message>
        <source>Where to write the bundle</source>
        <translation>Dónde escribir el paquete</translation>
    </message>
    <message>
        <source>-ogp-repository-</source>
        <translation>-repositorio-ogp-</translation>
    </message>
    <message>
        <source>OGP repository bundle</source>
        <translation>Paquete para el repositorio OGP</translation>
    </message>
    <message>
        <source>Wrote %1 files into %2:</source>
        <translation>Se escribieron %1 archivos en %2:</translation>
    </message>
    <message>
        <source>No backups of the recent events were found.</source>
        <translation>No se encontraron copias de seguridad de los eventos recientes.</translation>
    </message>
    <message>
        <source>Which event&apos;s backups?</source>
        <translation>¿De qué evento son las copias?</translation>
    </message>
    <message>
        <source>&amp;Guide of the day</source>
        <translation>&amp;Guía del día</translation>
    </message>
    <message>
        <source>Guide of the day</source>
        <translation>Guía del día</translation>
    </message>
    <message>
        <source>Show the pairing code and the devices</source>
        <translation>Mostrar el código de emparejamiento y los equipos</translation>
    </message>
    <message>
        <source>Connection with the hub</source>
        <translation>Conexión con el centro</translation>
    </message>
    <message>
        <source>Share on the local net&amp;work…</source>
        <translation>Co&amp;mpartir en la red local…</translation>
    </message>
    <message>
        <source>&amp;Join an event…</source>
        <translation>&amp;Unirse a un evento…</translation>
    </message>
    <message>
        <source>Share on the local network</source>
        <translation>Compartir en la red local</translation>
    </message>
    <message>
        <source>This is a desk&apos;s copy of an event shared by another computer; the team joins that computer, the hub, not this one.</source>
        <translation>Esta es la copia de un evento que comparte otra computadora; los equipos se unen a esa computadora, el centro, no a esta.</translation>
    </message>
    <message>
        <source>Port %1 is taken on this computer, so the event is shared on port %2; the pairing code carries it.</source>
        <translation>El puerto %1 está ocupado en esta computadora, así que el evento se comparte en el puerto %2; el código de emparejamiento lo incluye.</translation>
    </message>
    <message>
        <source>The event is no longer shared; the desks keep working on their copies.</source>
        <translation>El evento ya no se comparte; los equipos siguen trabajando en sus copias.</translation>
    </message>
    <message>
        <source>1 device connected</source>
        <translation>1 equipo conectado</translation>
    </message>
    <message>
        <source>%1 devices connected</source>
        <translation>%1 equipos conectados</translation>
    </message>
    <message>
        <source>Sharing at %1:%2 · %3</source>
        <translation>Compartiendo en %1:%2 · %3</translation>
    </message>
    <message>
        <source>From the hub: %1</source>
        <translation>Del centro: %1</translation>
    </message>
    <message>
        <source>— this desk keeps working; its changes are sent when the hub is back.</source>
        <translation>— este equipo sigue funcionando; sus cambios se envían cuando vuelva el centro.</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel or CSV</source>
        <translation>E&amp;xportar a Excel o CSV</translation>
    </message>
    <message>
        <source>&amp;Programme…</source>
        <translation>&amp;Programa…</translation>
    </message>
    <message>
        <source>&amp;Attendees…</source>
        <translation>&amp;Asistentes…</translation>
    </message>
    <message>
        <source>&amp;Commitments…</source>
        <translation>&amp;Compromisos…</translation>
    </message>
    <message>
        <source>Participation by &amp;sector, without personal data…</source>
        <translation>Participación por &amp;sector, sin datos personales…</translation>
    </message>
    <message>
        <source>Meeting %1 · %2 · %3</source>
        <translation>Reunión %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Meeting %1 · %2</source>
        <translation>Reunión %1 · %2</translation>
    </message>
</context>
<context>
    <name>taller::MeetingRepository</name>
    <message>
        <source>There is no meeting %1 in this file.</source>
        <translation>No existe la reunión %1 en este archivo.</translation>
    </message>
    <message>
        <source>This file already holds its workshop (meeting 1), with its programme, desk, mesas, plenary and Acta de Compromisos. Add the other meetings of the process as meetings: each keeps its attendance, tabla, desarrollo and agreements, closed in its own acta.</source>
        <translation>Este archivo ya tiene su taller (reunión 1), con su programa, registro, mesas, plenaria y Acta de Compromisos. Añada las demás reuniones del proceso como reuniones (--kind meeting): cada una lleva su asistencia, tabla, desarrollo y acuerdos, cerrados en su propia acta.</translation>
    </message>
    <message>
        <source>A meeting needs a title.</source>
        <translation>Una reunión necesita un título.</translation>
    </message>
    <message>
        <source>A meeting needs a date.</source>
        <translation>Una reunión necesita una fecha.</translation>
    </message>
    <message>
        <source>An item of the tabla needs a title.</source>
        <translation>Un punto de la tabla necesita un título.</translation>
    </message>
    <message>
        <source>There is no item %1 in the tabla.</source>
        <translation>No existe el punto %1 en la tabla.</translation>
    </message>
    <message>
        <source>There is no agreement %1.</source>
        <translation>No existe el acuerdo %1.</translation>
    </message>
    <message>
        <source>An agreement needs its text.</source>
        <translation>Un acuerdo necesita su texto.</translation>
    </message>
    <message>
        <source>Say on which date the agreement was done.</source>
        <translation>Indique en qué fecha se cumplió el acuerdo.</translation>
    </message>
    <message>
        <source>The workshop is the file&apos;s own meeting and cannot be removed.</source>
        <translation>El taller es la reunión propia del archivo y no se puede eliminar.</translation>
    </message>
    <message>
        <source>Meeting %1 has attendance recorded, and check-ins are never erased: the meeting stays (change its title, date or stage instead).</source>
        <translation>La reunión %1 tiene asistencia registrada, y las llegadas nunca se borran: la reunión se queda (cambie su título, fecha o etapa).</translation>
    </message>
</context>
<context>
    <name>taller::MeetingService</name>
    <message>
        <source>Stages are numbered from 1.</source>
        <translation>Las etapas se numeran desde 1.</translation>
    </message>
    <message>
        <source>The process has no stage %1 (it has %2).</source>
        <translation>El proceso no tiene la etapa %1 (tiene %2).</translation>
    </message>
    <message>
        <source>The workshop keeps its programme, mesas and Acta de Compromisos; the tabla and agreements belong to the other meetings of the process.</source>
        <translation>El taller lleva su programa, mesas y Acta de Compromisos; la tabla y los acuerdos son de las demás reuniones del proceso.</translation>
    </message>
</context>
<context>
    <name>taller::Meetings</name>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Meeting %1</source>
        <translation>Reunión %1</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Etapa %1</translation>
    </message>
    <message>
        <source>An agreement needs a due: a date (%1) or words such as &quot;A la brevedad&quot;.</source>
        <translation>Un acuerdo necesita un plazo: una fecha (%1) o palabras como «A la brevedad».</translation>
    </message>
    <message>
        <source>Or write words such as &quot;A la brevedad&quot;.</source>
        <translation>O escriba palabras como «A la brevedad».</translation>
    </message>
</context>
<context>
    <name>taller::MeetingsPage</name>
    <message>
        <source>Meetings of the process</source>
        <translation>Reuniones del proceso</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Acta</source>
        <translation>Acta</translation>
    </message>
    <message>
        <source>Meetings by stage</source>
        <translation>Reuniones por etapa</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nueva reunión…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>The Gerencia it is held with</source>
        <translation>La Gerencia con la que se realiza</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>Eta&amp;pa:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>Organi&amp;zación:</translation>
    </message>
    <message>
        <source>Tabla</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Discussion (desarrollo)</source>
        <translation>Desarrollo</translation>
    </message>
    <message>
        <source>What was discussed under this item.</source>
        <translation>Lo que se trató en este punto.</translation>
    </message>
    <message>
        <source>A new item of the tabla, then Enter</source>
        <translation>Un nuevo punto de la tabla y Enter</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nuevo punto</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Quitar punto</translation>
    </message>
    <message>
        <source>It&amp;em:</source>
        <translation>&amp;Punto:</translation>
    </message>
    <message>
        <source>Dis&amp;cussion:</source>
        <translation>&amp;Desarrollo:</translation>
    </message>
    <message>
        <source>Save discussion</source>
        <translation>Guardar desarrollo</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>Lo acordado</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>31/12/2026 or &quot;A la brevedad&quot;</source>
        <translation>31/12/2026 o «A la brevedad»</translation>
    </message>
    <message>
        <source>&amp;Add agreement</source>
        <translation>Añadir a&amp;cuerdo</translation>
    </message>
    <message>
        <source>Remove agreement</source>
        <translation>Quitar acuerdo</translation>
    </message>
    <message>
        <source>Attendance…</source>
        <translation>Asistencia…</translation>
    </message>
    <message>
        <source>Signatories, closing and signing…</source>
        <translation>Firmantes, cierre y firma…</translation>
    </message>
    <message>
        <source>The workshop is run in its own sections: Programme, Registration, Mesas, Plenary and Acta. Choose another meeting to write its minutes here.</source>
        <translation>El taller se lleva en sus propias secciones: Programa, Registro, Mesas, Plenaria y Acta. Elija otra reunión para escribir aquí su acta.</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>No stage</source>
        <translation>Sin etapa</translation>
    </message>
    <message>
        <source>Stage %1 · %2</source>
        <translation>Etapa %1 · %2</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Etapa %1</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) in the file; %1 with minutes still a draft. The meeting chosen here is the one Registration and Acta work on.</source>
        <translation>
            <numerusform>%n reunión en el archivo; %1 con el acta aún en borrador. La reunión elegida aquí es la que usan Registro y Acta.</numerusform>
            <numerusform>%n reuniones en el archivo; %1 con el acta aún en borrador. La reunión elegida aquí es la que usan Registro y Acta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes: %1. The tabla and the agreements are frozen in them; open a correction in Acta to change them. Their follow-up is in Agreements and deliverables.</source>
        <translation>Acta: %1. La tabla y los acuerdos quedaron congelados en ella; abra una corrección en Acta para cambiarlos. Su seguimiento está en Seguimiento.</translation>
    </message>
    <message>
        <source>Minutes: %1. Close them for signature in Acta once the tabla and the agreements are written.</source>
        <translation>Acta: %1. Ciérrela para firma en Acta una vez escritos la tabla y los acuerdos.</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; and its discussion from the tabla?</source>
        <translation>¿Quitar «%1» y su desarrollo de la tabla?</translation>
    </message>
    <message>
        <source>Remove the agreement &quot;%1&quot;?</source>
        <translation>¿Quitar el acuerdo «%1»?</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nueva reunión</translation>
    </message>
    <message>
        <source>Detai&amp;ls</source>
        <translation>Dat&amp;os</translation>
    </message>
    <message>
        <source>Ta&amp;bla and discussion</source>
        <translation>Ta&amp;bla y desarrollo</translation>
    </message>
    <message>
        <source>A&amp;greements</source>
        <translation>Acue&amp;rdos</translation>
    </message>
    <message>
        <source>Remo&amp;ve…</source>
        <translation>Eli&amp;minar…</translation>
    </message>
    <message>
        <source>Remove meeting</source>
        <translation>Eliminar reunión</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; with its tabla, agreements and draft minutes? This cannot be undone.</source>
        <translation>¿Eliminar «%1» con su tabla, sus acuerdos y su acta en borrador? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Remove a meeting added by mistake. The workshop stays.</source>
        <translation>Quita una reunión agregada por error. El taller se queda.</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>Tér&amp;mino:</translation>
    </message>
    <message>
        <source>optional; %1</source>
        <translation>opcional; %1</translation>
    </message>
    <message>
        <source>The meeting ends at %1, before it starts (%2).</source>
        <translation>La reunión termina a las %1, antes de empezar (%2).</translation>
    </message>
</context>
<context>
    <name>taller::MesaCommitmentsPanel</name>
    <message>
        <source>&amp;New commitment</source>
        <translation>&amp;Nuevo compromiso</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Import &amp;inputs…</source>
        <translation>Importar &amp;insumos…</translation>
    </message>
    <message>
        <source>Commitments of the mesa</source>
        <translation>Compromisos de la mesa</translation>
    </message>
    <message>
        <source>edit &quot;%1&quot;</source>
        <translation>editar «%1»</translation>
    </message>
    <message>
        <source>Not yet measurable: it lacks %1.</source>
        <translation>Aún no es medible: le falta %1.</translation>
    </message>
    <message>
        <source>New commitment</source>
        <translation>Nuevo compromiso</translation>
    </message>
    <message>
        <source>add a commitment</source>
        <translation>agregar un compromiso</translation>
    </message>
    <message>
        <source>Import input commitments</source>
        <translation>Importar compromisos de insumo</translation>
    </message>
    <message numerus="yes">
        <source>%n commitments imported as inputs.</source>
        <translation>
            <numerusform>Se importó %n compromiso como insumo.</numerusform>
            <numerusform>Se importaron %n compromisos como insumos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Spreadsheet, CSV or earlier event (*.xlsx *.ods *.csv *.tsv *.txt *.taller);;All files (*)</source>
        <translation>Hoja de cálculo, CSV o evento anterior (*.xlsx *.ods *.csv *.tsv *.txt *.taller);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n commitments will be imported; rejected rows: %1.</source>
        <translation>
            <numerusform>Se importará %n compromiso; filas rechazadas: %1.</numerusform>
            <numerusform>Se importarán %n compromisos; filas rechazadas: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Input commitments from a list or an earlier event…</source>
        <translation>Compromisos insumo de una lista o de un evento anterior…</translation>
    </message>
    <message>
        <source>This mesa&apos;s commitments typed into a copy of this event…</source>
        <translation>Compromisos de esta mesa escritos en una copia de este evento…</translation>
    </message>
    <message>
        <source>Commitments of mesa %1 from a copy</source>
        <translation>Compromisos de la mesa %1 desde una copia</translation>
    </message>
    <message>
        <source>Copy of this event (*.taller)</source>
        <translation>Copia de este evento (*.taller)</translation>
    </message>
    <message>
        <source>Added %1, updated %2, unchanged %3.</source>
        <translation>Agregados %1, actualizados %2, sin cambios %3.</translation>
    </message>
    <message>
        <source>Changed both here and in the copy; this event kept its own:</source>
        <translation>Cambiados aquí y en la copia; este evento conservó los suyos:</translation>
    </message>
</context>
<context>
    <name>taller::MesaDocument</name>
    <message>
        <source>Mesa worksheet %1</source>
        <translation>Ficha de mesa %1</translation>
    </message>
    <message>
        <source>Mesa worksheet</source>
        <translation>Ficha de mesa</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderador</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Relator</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <translation>Integrantes (%1)</translation>
    </message>
    <message>
        <source>No one has been assigned to this mesa yet.</source>
        <translation>Todavía no se ha asignado a nadie a esta mesa.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Surnames and given names</source>
        <translation>Apellidos y nombres</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Input commitments (%1)</source>
        <translation>Compromisos de insumo (%1)</translation>
    </message>
    <message>
        <source>This mesa received no input commitments.</source>
        <translation>Esta mesa no recibió compromisos de insumo.</translation>
    </message>
    <message>
        <source>Input %1. %2</source>
        <translation>Insumo %1. %2</translation>
    </message>
    <message>
        <source>Comes from</source>
        <translation>Procede de</translation>
    </message>
    <message>
        <source>Commitment (title)</source>
        <translation>Compromiso (título)</translation>
    </message>
    <message>
        <source>How it will be done</source>
        <translation>Cómo se hará</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Plazos</translation>
    </message>
    <message>
        <source>How it is measured</source>
        <translation>Cómo se medirá</translation>
    </message>
    <message>
        <source>Commitment proposal %1 — mesa %2</source>
        <translation>Propuesta de compromiso %1 — mesa %2</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>To be filled in by the mesa</source>
        <translation>Para llenar por la mesa</translation>
    </message>
    <message>
        <source>OGP values it serves (tick): ☐ %1   ☐ %2   ☐ %3   ☐ %4</source>
        <translation>Valores OGP a los que sirve (marque): ☐ %1   ☐ %2   ☐ %3   ☐ %4</translation>
    </message>
    <message>
        <source>Mesa %1 — %2</source>
        <translation>Mesa %1 — %2</translation>
    </message>
    <message>
        <source>This mesa&apos;s page, to type its commitments from a phone, tablet or laptop on the venue&apos;s network (no install; the browser warns once about the hub&apos;s certificate: continue):</source>
        <translation>La página de esta mesa, para escribir sus compromisos desde un teléfono, tablet o laptop en la red del local (sin instalar nada; el navegador avisará una vez sobre el certificado del centro: continúe):</translation>
    </message>
</context>
<context>
    <name>taller::MesaMembersPanel</name>
    <message>
        <source>Surnames, given names</source>
        <translation>Apellidos, nombres</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <source>Mesa now</source>
        <translation>Mesa actual</translation>
    </message>
    <message>
        <source>&amp;Seat at this mesa (Enter)</source>
        <translation>&amp;Sentar en esta mesa (Enter)</translation>
    </message>
    <message>
        <source>&amp;Remove from this mesa (Del)</source>
        <translation>Qu&amp;itar de esta mesa (Supr)</translation>
    </message>
    <message>
        <source>&amp;Balance all mesas…</source>
        <translation>E&amp;quilibrar todas las mesas…</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n people at this mesa&lt;/b&gt;, from %1 sectors.</source>
        <translation>
            <numerusform>&lt;b&gt;%n persona en esta mesa&lt;/b&gt;, de %1 sectores.</numerusform>
            <numerusform>&lt;b&gt;%n personas en esta mesa&lt;/b&gt;, de %1 sectores.</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ Fewer than %1 sectors: commitments should be raised by many kinds of actor.</source>
        <translation>⚠ Menos de %1 sectores: los compromisos deben surgir de muchos tipos de actores.</translation>
    </message>
    <message numerus="yes">
        <source>%n people without a mesa:</source>
        <translation>
            <numerusform>%n persona sin mesa:</numerusform>
            <numerusform>%n personas sin mesa:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody matches &quot;%1&quot;.</source>
        <translation>Nadie coincide con «%1».</translation>
    </message>
    <message>
        <source>People found:</source>
        <translation>Personas encontradas:</translation>
    </message>
    <message numerus="yes">
        <source>seat %n people</source>
        <translation>
            <numerusform>sentar a %n persona</numerusform>
            <numerusform>sentar a %n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>remove %n people from the mesa</source>
        <translation>
            <numerusform>quitar a %n persona de la mesa</numerusform>
            <numerusform>quitar a %n personas de la mesa</numerusform>
        </translation>
    </message>
    <message>
        <source>Seat people at the mesas</source>
        <translation>Sentar a las personas en las mesas</translation>
    </message>
    <message>
        <source>&amp;Balanced: equal sizes, sectors mixed at every mesa</source>
        <translation>&amp;Equilibrado: mismo tamaño y sectores mezclados en cada mesa</translation>
    </message>
    <message>
        <source>&amp;Preferred mesa first, then balance the rest</source>
        <translation>Primero la mesa &amp;preferida, luego equilibrar al resto</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Only the %n people who have checked in</source>
        <translation>
            <numerusform>&amp;Solo la persona que ya llegó</numerusform>
            <numerusform>&amp;Solo las %n personas que ya llegaron</numerusform>
        </translation>
    </message>
    <message>
        <source>This replaces the current seating of every mesa. Ctrl+Z undoes it.</source>
        <translation>Esto reemplaza la distribución actual de todas las mesas. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>&amp;Seat them</source>
        <translation>&amp;Sentarlas</translation>
    </message>
    <message>
        <source>balance the mesas</source>
        <translation>equilibrar las mesas</translation>
    </message>
    <message>
        <source>Last seating</source>
        <translation>Última asignación de mesa</translation>
    </message>
    <message>
        <source>Find a person to seat here</source>
        <translation>Buscar a quién sentar aquí</translation>
    </message>
    <message>
        <source>%1 is already at %2.</source>
        <translation>%1 ya está en %2.</translation>
    </message>
    <message>
        <source>%1 moved from %2 to %3.</source>
        <translation>%1 pasó de %2 a %3.</translation>
    </message>
    <message>
        <source>%1 seated at %2.</source>
        <translation>%1 ahora está en %2.</translation>
    </message>
    <message>
        <source>seat %1 at %2</source>
        <translation>sentar a %1 en %2</translation>
    </message>
    <message>
        <source>(Ctrl+Z undoes)</source>
        <translation>(Ctrl+Z deshace)</translation>
    </message>
    <message numerus="yes">
        <source>%n people removed from this mesa. (Ctrl+Z undoes)</source>
        <translation>
            <numerusform>%n persona retirada de esta mesa. (Ctrl+Z deshace)</numerusform>
            <numerusform>%n personas retiradas de esta mesa. (Ctrl+Z deshace)</numerusform>
        </translation>
    </message>
    <message>
        <source>Fi&amp;nd a person to seat here:</source>
        <translation>&amp;Buscar a quién sentar aquí:</translation>
    </message>
    <message>
        <source>Name, document or organisation</source>
        <translation>Nombre, documento u organización</translation>
    </message>
</context>
<context>
    <name>taller::MesaRepository</name>
    <message>
        <source>A mesa needs a code, such as M1.</source>
        <translation>Una mesa necesita un código, por ejemplo M1.</translation>
    </message>
    <message>
        <source>There is already a mesa with code %1.</source>
        <translation>Ya hay una mesa con el código %1.</translation>
    </message>
    <message numerus="yes">
        <source>This mesa has %n commitments; move or delete them before removing the mesa.</source>
        <translation>
            <numerusform>Esta mesa tiene %n compromiso; muévalo o elimínelo antes de quitar la mesa.</numerusform>
            <numerusform>Esta mesa tiene %n compromisos; muévalos o elimínelos antes de quitar la mesa.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>taller::Mesas</name>
    <message>
        <source>There is no mesa %1; this event has %2.</source>
        <translation>No hay mesa %1; este evento tiene %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
</context>
<context>
    <name>taller::MesasPage</name>
    <message>
        <source>Mesas</source>
        <translation>Mesas</translation>
    </message>
    <message>
        <source>Print &amp;worksheet…</source>
        <translation>Imprimir &amp;ficha…</translation>
    </message>
    <message>
        <source>Print mesa &amp;attendance sheet…</source>
        <translation>Imprimir lista de asistencia de la mesa…</translation>
    </message>
    <message>
        <source>Add &amp;mesa</source>
        <translation>Agregar &amp;mesa</translation>
    </message>
    <message>
        <source>Remo&amp;ve mesa</source>
        <translation>Quitar mesa</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>Códi&amp;go:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>M&amp;oderator:</source>
        <translation>M&amp;oderador:</translation>
    </message>
    <message>
        <source>&amp;Rapporteur:</source>
        <translation>&amp;Relator:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personas</translation>
    </message>
    <message>
        <source>&amp;Commitments</source>
        <translation>&amp;Compromisos</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Datos</translation>
    </message>
    <message numerus="yes">
        <source>seat %n people</source>
        <translation>
            <numerusform>sentar a %n persona</numerusform>
            <numerusform>sentar a %n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sectors</source>
        <translation>
            <numerusform>%n sector</numerusform>
            <numerusform>%n sectores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commitments</source>
        <translation>
            <numerusform>%n compromiso</numerusform>
            <numerusform>%n compromisos</numerusform>
        </translation>
    </message>
    <message>
        <source>fewer than %1 sectors</source>
        <translation>menos de %1 sectores</translation>
    </message>
    <message numerus="yes">
        <source>%n not yet measurable</source>
        <translation>
            <numerusform>%n aún no medible</numerusform>
            <numerusform>%n aún no medibles</numerusform>
        </translation>
    </message>
    <message>
        <source>Add mesa</source>
        <translation>Agregar mesa</translation>
    </message>
    <message>
        <source>Name of mesa %1:</source>
        <translation>Nombre de la mesa %1:</translation>
    </message>
    <message>
        <source>Remove mesa</source>
        <translation>Quitar mesa</translation>
    </message>
    <message>
        <source>Remove %1? Its members will have no mesa. This cannot be undone.</source>
        <translation>¿Quitar %1? Sus integrantes quedarán sin mesa. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Print worksheet</source>
        <translation>Imprimir ficha</translation>
    </message>
    <message>
        <source>Print mesa attendance sheet</source>
        <translation>Imprimir lista de asistencia de la mesa</translation>
    </message>
</context>
<context>
    <name>taller::MesasService</name>
    <message>
        <source>No attendee has document %1.</source>
        <translation>Ningún participante tiene el documento %1.</translation>
    </message>
    <message>
        <source>This event has no mesas.</source>
        <translation>Este evento no tiene mesas.</translation>
    </message>
</context>
<context>
    <name>taller::NameSplitter</name>
    <message>
        <source>more than one comma</source>
        <translation>más de una coma</translation>
    </message>
    <message>
        <source>only one part around the comma</source>
        <translation>solo una parte alrededor de la coma</translation>
    </message>
    <message>
        <source>one word only; no surname</source>
        <translation>una sola palabra; sin apellido</translation>
    </message>
    <message>
        <source>the comma puts the surnames first, but %1 are given names</source>
        <translation>la coma pone primero los apellidos, pero %1 son nombres</translation>
    </message>
    <message>
        <source>its words fit no usual order (%1 read against what the word usually is)</source>
        <translation>sus palabras no encajan en ningún orden habitual (%1 leído contra lo que la palabra suele ser)</translation>
    </message>
    <message numerus="yes">
        <source>%1 read as %n surname(s), which is unusual</source>
        <translation>
            <numerusform>%1 leído como %n apellido, lo que es inusual</numerusform>
            <numerusform>%1 leído como %n apellidos, lo que es inusual</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 read as %n given name(s), which is unusual</source>
        <translation>
            <numerusform>%1 leído como %n nombre, lo que es inusual</numerusform>
            <numerusform>%1 leído como %n nombres, lo que es inusual</numerusform>
        </translation>
    </message>
    <message>
        <source>no word of it is known as a given name or a surname; it could also be given names %1, surnames %2</source>
        <translation>ninguna de sus palabras se conoce como nombre o apellido; también podría ser nombres %1, apellidos %2</translation>
    </message>
    <message>
        <source>it could also be given names %1, surnames %2</source>
        <translation>también podría ser nombres %1, apellidos %2</translation>
    </message>
    <message>
        <source>the words in capitals, %1, are given names</source>
        <translation>las palabras en mayúsculas, %1, son nombres</translation>
    </message>
</context>
<context>
    <name>taller::ParticipantPrinting</name>
    <message>
        <source>Name badges</source>
        <translation>Gafetes</translation>
    </message>
    <message>
        <source>Certificates of participation</source>
        <translation>Constancias de participación</translation>
    </message>
    <message>
        <source>Leave empty to sign over the organiser&apos;s name</source>
        <translation>Déjelo vacío para firmar sobre el nombre de la organización</translation>
    </message>
    <message>
        <source>None: room to sign by hand</source>
        <translation>Ninguna: espacio para firmar a mano</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Scanned signature</source>
        <translation>Firma escaneada</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Signed by (&amp;name):</source>
        <translation>Firma (&amp;nombre):</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Cargo:</translation>
    </message>
    <message>
        <source>Scanned &amp;signature:</source>
        <translation>Firma e&amp;scaneada:</translation>
    </message>
    <message>
        <source>Nobody has checked in, so there is no certificate of participation to print.</source>
        <translation>Nadie ha registrado su llegada, así que no hay constancias de participación que imprimir.</translation>
    </message>
    <message>
        <source>Folder for one PDF per person</source>
        <translation>Carpeta para un PDF por persona</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n certificate(s) in %1, each named by the person&apos;s document number.</source>
        <translation>
            <numerusform>Se escribió %n constancia en %1, con el número de documento de la persona como nombre.</numerusform>
            <numerusform>Se escribieron %n constancias en %1, cada una con el número de documento de la persona como nombre.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;Abrir la carpeta</translation>
    </message>
    <message>
        <source>Name &amp;badges</source>
        <translation>&amp;Gafetes</translation>
    </message>
    <message>
        <source>Badges for &amp;everyone…</source>
        <translation>Gafetes para &amp;todos…</translation>
    </message>
    <message>
        <source>Badges for those &amp;checked in…</source>
        <translation>Gafetes para quienes &amp;llegaron…</translation>
    </message>
    <message>
        <source>Badges for a &amp;mesa…</source>
        <translation>Gafetes de una &amp;mesa…</translation>
    </message>
    <message>
        <source>This event has no mesas.</source>
        <translation>Este evento no tiene mesas.</translation>
    </message>
    <message>
        <source>Badges for the members of:</source>
        <translation>Gafetes para los integrantes de:</translation>
    </message>
    <message>
        <source>Badge for this &amp;person…</source>
        <translation>Gafete de esta &amp;persona…</translation>
    </message>
    <message>
        <source>Badge for %1…</source>
        <translation>Gafete de %1…</translation>
    </message>
    <message>
        <source>Badge for this &amp;person (select someone first)</source>
        <translation>Gafete de esta &amp;persona (seleccione a alguien primero)</translation>
    </message>
    <message>
        <source>Badge &amp;size</source>
        <translation>T&amp;amaño del gafete</translation>
    </message>
    <message>
        <source>Certi&amp;ficates of participation</source>
        <translation>C&amp;onstancias de participación</translation>
    </message>
    <message>
        <source>Certificates of participation: &amp;preview and print…</source>
        <translation>Constancias de participación: &amp;vista previa e impresión…</translation>
    </message>
    <message>
        <source>Certificates of participation: one &amp;PDF per person…</source>
        <translation>Constancias de participación: un &amp;PDF por persona…</translation>
    </message>
</context>
<context>
    <name>taller::PersonalData</name>
    <message>
        <source>Sector;Registered;Attended</source>
        <translation>Sector;Inscritos;Asistieron</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participación</translation>
    </message>
    <message>
        <source>SQLite did not say whether the journal was emptied.</source>
        <translation>SQLite no indicó si el registro de transacciones quedó vacío.</translation>
    </message>
    <message>
        <source>another program has %1 open and is reading it (another window or desk, the command line, the sqlite3 shell)</source>
        <translation>otro programa tiene %1 abierto y lo está leyendo (otra ventana o mesa de registro, la línea de comandos, el intérprete sqlite3)</translation>
    </message>
    <message>
        <source>Nothing was erased: %1. Close it and purge again.</source>
        <translation>No se borró nada: %1. Ciérrelo y vuelva a borrar los datos.</translation>
    </message>
    <message>
        <source>Nothing was erased: %1</source>
        <translation>No se borró nada: %1</translation>
    </message>
    <message>
        <source>The attendees were removed from the event, but the purge is NOT finished: %1. Their data is still readable in %2 and its journal. Run purge again to finish.</source>
        <translation>Se quitaron los participantes del evento, pero el borrado NO ha terminado: %1. Sus datos aún se pueden leer en %2 y en su registro de transacciones. Ejecute el borrado de nuevo para terminarlo.</translation>
    </message>
    <message>
        <source>the journal could not be emptied</source>
        <translation>no se pudo vaciar el registro de transacciones</translation>
    </message>
    <message>
        <source>The personal data was erased from %1, but the purge is NOT finished: these copies of the event still hold it and could not be deleted: %2. Delete them, or run purge again.</source>
        <translation>Se borraron los datos personales de %1, pero el borrado NO ha terminado: estas copias del evento aún los contienen y no se pudieron eliminar: %2. Elimínelas o ejecute el borrado de nuevo.</translation>
    </message>
</context>
<context>
    <name>taller::PlenaryPage</name>
    <message>
        <source>&amp;Share the plenary&apos;s time</source>
        <translation>Repartir el tiempo de la p&amp;lenaria</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>Plenaria</translation>
    </message>
    <message>
        <source>Projector (F5)</source>
        <translation>Proyector (F5)</translation>
    </message>
    <message>
        <source>Order of presentation</source>
        <translation>Orden de presentación</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Move &amp;up (Alt+↑)</source>
        <translation>&amp;Subir (Alt+↑)</translation>
    </message>
    <message>
        <source>Move do&amp;wn (Alt+↓)</source>
        <translation>Ba&amp;jar (Alt+↓)</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>Tie&amp;mpo:</translation>
    </message>
    <message>
        <source>Commitments of the mesa</source>
        <translation>Compromisos de la mesa</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>Apro&amp;bar</translation>
    </message>
    <message>
        <source>Wit&amp;hdraw</source>
        <translation>&amp;Retirar</translation>
    </message>
    <message>
        <source>&amp;Undecided</source>
        <translation>Si&amp;n decidir</translation>
    </message>
    <message>
        <source>&amp;Merge into:</source>
        <translation>&amp;Fusionar en:</translation>
    </message>
    <message>
        <source>The plenary&apos;s note on this decision</source>
        <translation>La nota de la plenaria sobre esta decisión</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>Amend the commitment (changes are recorded as amended in plenary)</source>
        <translation>Modificar el compromiso (los cambios quedan como modificados en plenaria)</translation>
    </message>
    <message>
        <source>amend &quot;%1&quot;</source>
        <translation>modificar «%1»</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>presenting since %1</source>
        <translation>presenta desde %1</translation>
    </message>
    <message>
        <source>presented %1–%2</source>
        <translation>presentó %1–%2</translation>
    </message>
    <message>
        <source>%1 presenting: %2</source>
        <translation>Presenta %1: %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>quedan %1</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>%1 de exceso</translation>
    </message>
    <message>
        <source>■ &amp;End this turn (F8)</source>
        <translation>■ &amp;Terminar este turno (F8)</translation>
    </message>
    <message>
        <source>▶ &amp;Start this mesa&apos;s turn (F8)</source>
        <translation>▶ &amp;Iniciar el turno de esta mesa (F8)</translation>
    </message>
    <message>
        <source>No mesa is presenting.</source>
        <translation>Ninguna mesa está presentando.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <source>Choose another commitment to merge this one into.</source>
        <translation>Elija otro compromiso en el que fusionar este.</translation>
    </message>
    <message>
        <source>Commitment to merge into</source>
        <translation>Compromiso en el que fusionar</translation>
    </message>
    <message>
        <source>a commitment no longer listed</source>
        <translation>un compromiso que ya no figura</translation>
    </message>
    <message>
        <source>Choose the commitment to merge into…</source>
        <translation>Elija el compromiso…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yet measurable: it lacks %2. Approve it anyway?</source>
        <translation>«%1» aún no es medible: le falta %2. ¿Aprobarlo de todos modos?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; merged into %2 (Ctrl+Z undoes).</source>
        <translation>«%1» se fusionó en %2 (Ctrl+Z deshace).</translation>
    </message>
</context>
<context>
    <name>taller::PlenaryProjectorWindow</name>
    <message>
        <source>Plenary — Taller Abierto</source>
        <translation>Plenaria — Taller Abierto</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Responsible: %1</source>
        <translation>Responsable: %1</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Plazo: %1</translation>
    </message>
    <message>
        <source>Indicator: %1</source>
        <translation>Indicador: %1</translation>
    </message>
    <message>
        <source>This mesa has no commitments to present.</source>
        <translation>Esta mesa no tiene compromisos que presentar.</translation>
    </message>
</context>
<context>
    <name>taller::PlenaryRepository</name>
    <message>
        <source>A mesa needs at least one minute to present.</source>
        <translation>Una mesa necesita al menos un minuto para presentar.</translation>
    </message>
</context>
<context>
    <name>taller::PlenaryService</name>
    <message>
        <source>There is no mesa %1.</source>
        <translation>No hay mesa %1.</translation>
    </message>
    <message>
        <source>Mesa %1 is named twice in the order.</source>
        <translation>La mesa %1 aparece dos veces en el orden.</translation>
    </message>
    <message>
        <source>There is no commitment %1.</source>
        <translation>No hay compromiso %1.</translation>
    </message>
</context>
<context>
    <name>taller::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>none: actas are closed without a seal</source>
        <translation>ninguna: las actas se cierran sin sello</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir clave…</translation>
    </message>
    <message>
        <source>&amp;New key…</source>
        <translation>&amp;Nueva clave…</translation>
    </message>
    <message>
        <source>With the institution&apos;s private key, closing the acta seals it, and each signature on a sealed acta is sealed too. Whoever holds the public key (the same name ending in .pub) can check with &quot;verify --public-key&quot; that nobody without the private key has changed it. Keep the private key off the event&apos;s USB stick.</source>
        <translation>Con la clave privada de la institución, al cerrar el acta se sella, y cada firma de un acta sellada también se sella. Quien tenga la clave pública (el mismo nombre terminado en .pub) puede comprobar con «verify --public-key» que nadie sin la clave privada la ha cambiado. No guarde la clave privada en la memoria USB del evento.</translation>
    </message>
    <message>
        <source>Acta &amp;signing key:</source>
        <translation>&amp;Clave de firma del acta:</translation>
    </message>
    <message>
        <source>Acta signing key</source>
        <translation>Clave de firma del acta</translation>
    </message>
    <message>
        <source>New acta signing key</source>
        <translation>Nueva clave de firma del acta</translation>
    </message>
    <message>
        <source>/institution.key</source>
        <translation>/institucion.key</translation>
    </message>
    <message>
        <source>Key %1 made.
Private key: %2 (only you can read it)
Public key, for whoever checks: %3</source>
        <translation>Clave %1 creada.
Clave privada: %2 (solo usted puede leerla)
Clave pública, para quien compruebe: %3</translation>
    </message>
    <message>
        <source>Actas are closed with a SHA-256 fingerprint only.</source>
        <translation>Las actas se cierran solo con una huella SHA-256.</translation>
    </message>
    <message>
        <source>Key %1: actas closed from now on are sealed with it.</source>
        <translation>Clave %1: las actas que se cierren desde ahora se sellarán con ella.</translation>
    </message>
    <message>
        <source>none: exported PDFs are not signed</source>
        <translation>ninguno: los PDF exportados no se firman</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Elegir ce&amp;rtificado…</translation>
    </message>
    <message>
        <source>With the institution&apos;s certificate (a .p12 or .pfx file), the PDFs exported of the acta, the minutes, the constancias and the reasoned response carry its digital signature, which any PDF reader checks. Its password is asked each time and never stored.</source>
        <translation>Con el certificado de la institución (un archivo .p12 o .pfx), los PDF exportados del acta, las actas de reunión, las constancias y la respuesta razonada llevan su firma digital, que cualquier lector de PDF comprueba. Su contraseña se pregunta cada vez y nunca se guarda.</translation>
    </message>
    <message>
        <source>PDF signing cer&amp;tificate:</source>
        <translation>Cer&amp;tificado para firmar PDF:</translation>
    </message>
    <message>
        <source>PDF signing certificate</source>
        <translation>Certificado para firmar PDF</translation>
    </message>
    <message>
        <source>Certificates with their key (*.p12 *.pfx)</source>
        <translation>Certificados con su clave (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>There is no certificate file %1.</source>
        <translation>No existe el archivo de certificado %1.</translation>
    </message>
    <message>
        <source>A certificate: actas closed from now on are sealed with it (CMS), its password asked each time.</source>
        <translation>Un certificado: las actas que se cierren desde ahora se sellan con él (CMS); su contraseña se pregunta cada vez.</translation>
    </message>
    <message>
        <source>Private key or certificate (*)</source>
        <translation>Clave privada o certificado (*)</translation>
    </message>
</context>
<context>
    <name>taller::PrintedDocument</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>The printer or file could not be opened for printing.</source>
        <translation>No se pudo abrir la impresora o el archivo para imprimir.</translation>
    </message>
    <message>
        <source>Printing did not finish.</source>
        <translation>La impresión no terminó.</translation>
    </message>
    <message>
        <source>The PDF could not be prepared.</source>
        <translation>No se pudo preparar el PDF.</translation>
    </message>
    <message>
        <source>Digitally signed by %1</source>
        <translation>Firmado digitalmente por %1</translation>
    </message>
    <message>
        <source>Date: %1 (this computer&apos;s clock)</source>
        <translation>Fecha: %1 (reloj de este equipo)</translation>
    </message>
    <message>
        <source>Certificate issued by %1</source>
        <translation>Certificado emitido por %1</translation>
    </message>
</context>
<context>
    <name>taller::ProcessDocument</name>
    <message>
        <source>(no Gerencia named)</source>
        <translation>(sin Gerencia indicada)</translation>
    </message>
    <message>
        <source>Ficha informativa de actividad priorizada</source>
        <translation>Ficha informativa de actividad priorizada</translation>
    </message>
    <message>
        <source>Fill in one ficha per activity, in capital letters. Ficha No. ______</source>
        <translation>Llene una ficha por actividad, con letra de imprenta. Ficha N.º ______</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>To fill in</source>
        <translation>Para llenar</translation>
    </message>
    <message>
        <source>There is no initiative %1.</source>
        <translation>No hay una iniciativa %1.</translation>
    </message>
    <message>
        <source>Ficha %1</source>
        <translation>Ficha %1</translation>
    </message>
    <message>
        <source>Ficha %1 — %2</source>
        <translation>Ficha %1 — %2</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Incomplete ficha; it lacks: %1.</source>
        <translation>Ficha incompleta; le falta: %1.</translation>
    </message>
    <message>
        <source>Stage reached</source>
        <translation>Etapa alcanzada</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Reasoned response</source>
        <translation>Respuesta razonada</translation>
    </message>
    <message>
        <source>Reasoned response to the initiatives</source>
        <translation>Respuesta razonada a las iniciativas</translation>
    </message>
    <message>
        <source>Every initiative received in the process, who proposed it, what was decided about it at each stage, with its score and the reason. Initiatives per stage: %1.</source>
        <translation>Cada iniciativa recibida en el proceso, quién la propuso, qué se decidió sobre ella en cada etapa, con su puntaje y el motivo. Iniciativas por etapa: %1.</translation>
    </message>
    <message>
        <source>Gerencia or organisation</source>
        <translation>Gerencia u organización</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Initiatives per stage and per Gerencia</source>
        <translation>Iniciativas por etapa y por Gerencia</translation>
    </message>
    <message>
        <source>The funnel: initiatives per stage</source>
        <translation>El embudo: iniciativas por etapa</translation>
    </message>
    <message>
        <source>Per Gerencia or organisation</source>
        <translation>Por Gerencia u organización</translation>
    </message>
    <message>
        <source>Each bar: the initiatives a Gerencia submitted; the darker parts, those that reached each later stage.</source>
        <translation>Cada barra: las iniciativas que presentó una Gerencia; las partes más oscuras, las que llegaron a cada etapa siguiente.</translation>
    </message>
    <message>
        <source>Initiatives and their fate</source>
        <translation>Las iniciativas y lo que se decidió</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Initiative and who proposed it</source>
        <translation>Iniciativa y quién la propuso</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>What happened at each stage, with score and reason</source>
        <translation>Qué pasó en cada etapa, con puntaje y motivo</translation>
    </message>
    <message>
        <source>commitment %1</source>
        <translation>compromiso %1</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>etapa %1</translation>
    </message>
    <message>
        <source>No initiative has been received yet.</source>
        <translation>Aún no se ha recibido ninguna iniciativa.</translation>
    </message>
</context>
<context>
    <name>taller::ProcessPage</name>
    <message>
        <source>M1, or a person&apos;s name</source>
        <translation>M1, o el nombre de una persona</translation>
    </message>
    <message>
        <source>Who scores</source>
        <translation>Quién puntúa</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Stage shown</source>
        <translation>Etapa mostrada</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Scorer:</source>
        <translation>Evaluador:</translation>
    </message>
    <message>
        <source>Criterion:</source>
        <translation>Criterio:</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Gerencia</source>
        <translation>Gerencia</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Iniciativa</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntaje</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Iniciativas</translation>
    </message>
    <message>
        <source>Import fichas…</source>
        <translation>Importar fichas…</translation>
    </message>
    <message>
        <source>Advance to the next stage…</source>
        <translation>Avanzar a la etapa siguiente…</translation>
    </message>
    <message>
        <source>Select as commitments…</source>
        <translation>Seleccionar como compromisos…</translation>
    </message>
    <message>
        <source>Show on projector</source>
        <translation>Mostrar en el proyector</translation>
    </message>
    <message>
        <source>Print reasoned response…</source>
        <translation>Imprimir la respuesta razonada…</translation>
    </message>
    <message>
        <source>Print blank ficha…</source>
        <translation>Imprimir la ficha en blanco…</translation>
    </message>
    <message>
        <source>Every initiative</source>
        <translation>Todas las iniciativas</translation>
    </message>
    <message>
        <source>Reached %1</source>
        <translation>Llegaron a %1</translation>
    </message>
    <message>
        <source>%1 (weight %2)</source>
        <translation>%1 (peso %2)</translation>
    </message>
    <message>
        <source>Incomplete ficha; it lacks: %1</source>
        <translation>Ficha incompleta; le falta: %1</translation>
    </message>
    <message>
        <source>%1 (tied)</source>
        <translation>%1 (empate)</translation>
    </message>
    <message>
        <source>Import fichas</source>
        <translation>Importar fichas</translation>
    </message>
    <message>
        <source>Lists (*.csv *.tsv *.txt *.xlsx *.ods)</source>
        <translation>Listas (*.csv *.tsv *.txt *.xlsx *.ods)</translation>
    </message>
    <message numerus="yes">
        <source>%n fichas are ready to import.</source>
        <translation>
            <numerusform>%n ficha está lista para importar.</numerusform>
            <numerusform>%n fichas están listas para importar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Advance</source>
        <translation>Avanzar</translation>
    </message>
    <message>
        <source>No initiative can advance: use Select as commitments at the last stage.</source>
        <translation>Ninguna iniciativa puede avanzar: en la última etapa use Seleccionar como compromisos.</translation>
    </message>
    <message>
        <source>Advance to %1</source>
        <translation>Avanzar a %1</translation>
    </message>
    <message>
        <source>Optional; the score and rank are recorded anyway</source>
        <translation>Opcional; el puntaje y el puesto se registran de todos modos</translation>
    </message>
    <message>
        <source>advance %1 initiatives</source>
        <translation>avanzar %1 iniciativas</translation>
    </message>
    <message>
        <source>Select as commitments</source>
        <translation>Seleccionar como compromisos</translation>
    </message>
    <message>
        <source>Select the rows of the initiatives that become commitments first.</source>
        <translation>Primero seleccione las filas de las iniciativas que se convierten en compromisos.</translation>
    </message>
    <message numerus="yes">
        <source>%n initiatives become commitments; every other one still competing is recorded as not selected. Reason (optional):</source>
        <translation>
            <numerusform>%n iniciativa se convierte en compromiso; cada una de las demás que sigue en competencia queda registrada como no seleccionada. Motivo (opcional):</numerusform>
            <numerusform>%n iniciativas se convierten en compromisos; cada una de las demás que sigue en competencia queda registrada como no seleccionada. Motivo (opcional):</numerusform>
        </translation>
    </message>
    <message>
        <source>select %1 commitments</source>
        <translation>seleccionar %1 compromisos</translation>
    </message>
    <message>
        <source>Selected as commitments</source>
        <translation>Seleccionadas como compromisos</translation>
    </message>
    <message>
        <source>Reasoned response</source>
        <translation>Respuesta razonada</translation>
    </message>
    <message>
        <source>reasoned-response.pdf</source>
        <translation>respuesta-razonada.pdf</translation>
    </message>
    <message>
        <source>Ficha</source>
        <translation>Ficha</translation>
    </message>
    <message>
        <source>blank-ficha.pdf</source>
        <translation>ficha-en-blanco.pdf</translation>
    </message>
    <message numerus="yes">
        <source>%n fichas will be imported; rejected rows: %1.</source>
        <translation>
            <numerusform>Se importará %n ficha; filas rechazadas: %1.</numerusform>
            <numerusform>Se importarán %n fichas; filas rechazadas: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>unscored</source>
        <translation>sin puntaje</translation>
    </message>
    <message>
        <source>1 to 5 scores the initiative in hand (0 clears) and the cursor stays on it; ↓ goes to the next. A click on a column&apos;s header sorts by it.</source>
        <translation>De 1 a 5 puntúa la iniciativa en la que está el cursor (0 borra) y el cursor se queda en ella; ↓ pasa a la siguiente. Un clic en el encabezado de una columna ordena por ella.</translation>
    </message>
    <message>
        <source>Scorer</source>
        <translation>Evaluador</translation>
    </message>
    <message>
        <source>Write who scores (a mesa such as M1, or a person&apos;s name) first; it is remembered for this process.</source>
        <translation>Escriba primero quién puntúa (una mesa, como M1, o el nombre de una persona); se recuerda para este proceso.</translation>
    </message>
    <message>
        <source>The &amp;first by rank:</source>
        <translation>Los &amp;primeros por puesto:</translation>
    </message>
    <message numerus="yes">
        <source>The %n &amp;selected rows</source>
        <translation>
            <numerusform>La fila &amp;seleccionada</numerusform>
            <numerusform>Las %n filas &amp;seleccionadas</numerusform>
        </translation>
    </message>
    <message>
        <source>These &amp;numbers (No.):</source>
        <translation>Estos &amp;números (N.º):</translation>
    </message>
    <message>
        <source>for example 3, 7, 12</source>
        <translation>por ejemplo 3, 7, 12</translation>
    </message>
    <message>
        <source>Numbers of the initiatives to advance</source>
        <translation>Números de las iniciativas que avanzan</translation>
    </message>
    <message>
        <source>&amp;Reason for those not advanced:</source>
        <translation>&amp;Motivo para las que no avanzan:</translation>
    </message>
    <message>
        <source>Places %1 and %2 are tied (initiatives %3): the numbers cannot choose. The numbers above the tie are written below; add those of the tied initiatives that advance, then OK.</source>
        <translation>Los puestos %1 y %2 están empatados (iniciativas %3): los números no pueden elegir. Abajo están escritos los números de las que quedan por encima del empate; añada los de las empatadas que avanzan y pulse Aceptar.</translation>
    </message>
    <message>
        <source>Write the numbers (No.) of the initiatives to advance, separated by commas or spaces: 3, 7, 12.</source>
        <translation>Escriba los números (N.º) de las iniciativas que avanzan, separados por comas o espacios: 3, 7, 12.</translation>
    </message>
    <message>
        <source>No initiative competing at this stage has the number %1.</source>
        <translation>Ninguna iniciativa que compite en esta etapa tiene el número %1.</translation>
    </message>
    <message>
        <source>Export reasoned response as PDF…</source>
        <translation>Exportar la respuesta razonada como PDF…</translation>
    </message>
</context>
<context>
    <name>taller::ProcessProjectorWindow</name>
    <message>
        <source>Prioritisation — projector</source>
        <translation>Priorización — proyector</translation>
    </message>
</context>
<context>
    <name>taller::ProcessRepository</name>
    <message>
        <source>This event has no co-creation process yet.</source>
        <translation>Este evento aún no tiene un proceso de co-creación.</translation>
    </message>
    <message>
        <source>A process needs at least one stage.</source>
        <translation>Un proceso necesita al menos una etapa.</translation>
    </message>
    <message>
        <source>Initiatives enter at stage %1, which the process does not have.</source>
        <translation>Las iniciativas entran en la etapa %1, que el proceso no tiene.</translation>
    </message>
    <message>
        <source>Initiatives have reached stage %1; the process cannot end before it.</source>
        <translation>Hay iniciativas que llegaron a la etapa %1; el proceso no puede terminar antes.</translation>
    </message>
    <message>
        <source>A criterion needs a name.</source>
        <translation>Un criterio necesita un nombre.</translation>
    </message>
    <message>
        <source>The weight of &quot;%1&quot; must be more than zero.</source>
        <translation>El peso de «%1» debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>There is already a criterion &quot;%1&quot;.</source>
        <translation>Ya existe un criterio «%1».</translation>
    </message>
    <message>
        <source>There is no criterion %1.</source>
        <translation>No hay un criterio %1.</translation>
    </message>
</context>
<context>
    <name>taller::ProcessService</name>
    <message>
        <source>There is no criterion &quot;%1&quot;; the criteria are: %2.</source>
        <translation>No hay un criterio «%1»; los criterios son: %2.</translation>
    </message>
    <message>
        <source>Advance at least one initiative.</source>
        <translation>Avance al menos una iniciativa.</translation>
    </message>
    <message>
        <source>Places %1 and %2 are tied (initiatives %3); the numbers cannot choose. Name the ones to advance with their ids.</source>
        <translation>Los puestos %1 y %2 están empatados (iniciativas %3); los números no pueden decidir. Indique por su número las que avanzan.</translation>
    </message>
    <message>
        <source>The process has no stage %1.</source>
        <translation>El proceso no tiene la etapa %1.</translation>
    </message>
</context>
<context>
    <name>taller::ProjectorWindow</name>
    <message>
        <source>Projector — Taller Abierto</source>
        <translation>Proyector — Taller Abierto</translation>
    </message>
    <message>
        <source>Starting at %1</source>
        <translation>Empieza a las %1</translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation>Luego: %1</translation>
    </message>
    <message>
        <source>Planned end %1</source>
        <translation>Fin previsto %1</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>A continuación: %1</translation>
    </message>
    <message>
        <source>Last activity of the day</source>
        <translation>Última actividad del día</translation>
    </message>
    <message>
        <source>Thank you for taking part</source>
        <translation>Gracias por participar</translation>
    </message>
    <message>
        <source>The day ended at %1</source>
        <translation>El día terminó a las %1</translation>
    </message>
    <message>
        <source>Expected end %1</source>
        <translation>Término previsto %1</translation>
    </message>
</context>
<context>
    <name>taller::QrCode</name>
    <message>
        <source>There is nothing to put in the QR code.</source>
        <translation>No hay nada que poner en el código QR.</translation>
    </message>
    <message>
        <source>Cannot make a QR code of &quot;%1&quot;: %2</source>
        <translation>No se puede generar el código QR de «%1»: %2</translation>
    </message>
</context>
<context>
    <name>taller::RegistrationPage</name>
    <message>
        <source>Registration desk</source>
        <translation>Mesa de registro</translation>
    </message>
    <message>
        <source>Pre&amp;view sheet</source>
        <translation>Vi&amp;sta previa</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>E&amp;xportar PDF…</translation>
    </message>
    <message>
        <source>&amp;Print attendance sheet…</source>
        <translation>Im&amp;primir lista de asistencia…</translation>
    </message>
    <message>
        <source>Name, surname, document or organisation — Enter checks in</source>
        <translation>Nombre, apellido, documento u organización — Enter registra la llegada</translation>
    </message>
    <message>
        <source>Find attendee</source>
        <translation>Buscar participante</translation>
    </message>
    <message>
        <source>New person (F2)</source>
        <translation>Persona nueva (F2)</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Último resultado</translation>
    </message>
    <message>
        <source>Type a few letters of a name or a document number, then press Enter.</source>
        <translation>Escriba unas letras del nombre o el número de documento y pulse Enter.</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Llegaron</translation>
    </message>
    <message>
        <source>&amp;Undo a check-in (Ctrl+U)</source>
        <translation>A&amp;nular una llegada (Ctrl+U)</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Latest check-ins:</source>
        <translation>Últimas llegadas:</translation>
    </message>
    <message>
        <source>Start typing to find a person. F2 registers someone who is not on the list.</source>
        <translation>Escriba para buscar a una persona. F2 inscribe a quien no está en la lista.</translation>
    </message>
    <message>
        <source>Nobody matches &quot;%1&quot;. Press F2 to register this person.</source>
        <translation>Nadie coincide con «%1». Pulse F2 para inscribir a esta persona.</translation>
    </message>
    <message>
        <source>Showing the first %1 matches; type more letters to narrow down.</source>
        <translation>Se muestran las primeras %1 coincidencias; escriba más letras para afinar.</translation>
    </message>
    <message>
        <source>↑ ↓ choose, Enter checks in.</source>
        <translation>↑ ↓ elegir, Enter registra la llegada.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
    <message>
        <source>✓ Checked in: %1 (%2)</source>
        <translation>✓ Llegada registrada: %1 (%2)</translation>
    </message>
    <message>
        <source>Already checked in at %1: %2</source>
        <translation>Ya registró su llegada a las %1: %2</translation>
    </message>
    <message>
        <source>Check-in undone: %1</source>
        <translation>Llegada anulada: %1</translation>
    </message>
    <message>
        <source>%1 is not checked in.</source>
        <translation>%1 no tiene registrada su llegada.</translation>
    </message>
    <message>
        <source>No one on the list has document %1. Press F2 to register this person.</source>
        <translation>Nadie en la lista tiene el documento %1. Pulse F2 para inscribir a esta persona.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document number.</source>
        <translation>«%1» no es un número de documento.</translation>
    </message>
    <message>
        <source>Registered: %1</source>
        <translation>Inscrito: %1</translation>
    </message>
    <message>
        <source>There is no check-in to undo.</source>
        <translation>No hay ninguna llegada que anular.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1  ↺ undone: %2</source>
        <translation>%1  ↺ anulado: %2</translation>
    </message>
    <message>
        <source>%1  ✓ %2</source>
        <translation>%1  ✓ %2</translation>
    </message>
    <message>
        <source>-attendance</source>
        <translation>-asistencia</translation>
    </message>
    <message>
        <source>Name &amp;badges</source>
        <translation>&amp;Gafetes</translation>
    </message>
    <message>
        <source>&amp;Import list…</source>
        <translation>&amp;Importar lista…</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Lista de asistencia</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Sociedad civil</translation>
    </message>
    <message>
        <source>✓ Arrived %1</source>
        <translation>✓ Llegó %1</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Registrar llegada</translation>
    </message>
    <message>
        <source>Edit details… (Ctrl+E)</source>
        <translation>Editar datos… (Ctrl+E)</translation>
    </message>
    <message>
        <source>On the list</source>
        <translation>En la lista</translation>
    </message>
    <message>
        <source>Everyone on the list has arrived. F2 registers someone who is not on it.</source>
        <translation>Llegaron todas las personas de la lista. F2 registra a quien no está en ella.</translation>
    </message>
    <message numerus="yes">
        <source>Not arrived yet: %n. Type to find a person; F2 registers someone who is not on the list.</source>
        <translation>
            <numerusform>Aún no llega: %n. Escriba para buscar a una persona; F2 registra a quien no está en la lista.</numerusform>
            <numerusform>Aún no llegan: %n. Escriba para buscar a una persona; F2 registra a quien no está en la lista.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a person in the list first (↑ ↓ or a click), then Ctrl+E edits their details.</source>
        <translation>Primero elija a una persona en la lista (↑ ↓ o un clic); luego Ctrl+E edita sus datos.</translation>
    </message>
    <message>
        <source>Details saved: %1 (Ctrl+Z undoes)</source>
        <translation>Datos guardados: %1 (Ctrl+Z deshace)</translation>
    </message>
    <message numerus="yes">
        <source>arrived, of the %n people on the list.</source>
        <translation>
            <numerusform>llegaron, de la %n persona de la lista.</numerusform>
            <numerusform>llegaron, de las %n personas de la lista.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them added at the desk (walk-ins).</source>
        <translation>
            <numerusform>%n de ellas añadida en la mesa de registro (sin inscripción previa).</numerusform>
            <numerusform>%n de ellas añadidas en la mesa de registro (sin inscripción previa).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) expected.</source>
        <translation>
            <numerusform>Se esperaba %n participante.</numerusform>
            <numerusform>Se esperaban %n participantes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Meeting %1 · %2</source>
        <translation>Reunión %1 · %2</translation>
    </message>
    <message>
        <source>Attendance · %1</source>
        <translation>Asistencia · %1</translation>
    </message>
    <message>
        <source>Nobody is on the list yet. Import the list (File menu) or press F2 to register each person as they arrive.</source>
        <translation>Todavía no hay nadie en la lista. Importe la lista (menú Archivo) o pulse F2 para registrar a cada persona al llegar.</translation>
    </message>
    <message>
        <source>Connection with the hub</source>
        <translation>Conexión con el centro</translation>
    </message>
    <message>
        <source>From the hub: %1</source>
        <translation>Del centro: %1</translation>
    </message>
</context>
<context>
    <name>taller::SavedFile</name>
    <message>
        <source>The disk of %1 failed (input/output error) while its files were being saved.</source>
        <translation>Falló el disco de %1 (error de entrada/salida) al guardar sus archivos.</translation>
    </message>
    <message>
        <source>Cannot write %1: the device failed (input/output error).</source>
        <translation>No se puede escribir %1: falló el dispositivo (error de entrada/salida).</translation>
    </message>
    <message>
        <source>Cannot write %1: the device is full (no space left on it).</source>
        <translation>No se puede escribir %1: el dispositivo está lleno (no queda espacio en él).</translation>
    </message>
    <message>
        <source>The disk of %1 failed (input/output error) while %2 was being written; nothing of it was left there. Check the disk or USB stick, or choose another folder.</source>
        <translation>Falló el disco de %1 (error de entrada/salida) al escribir %2; no quedó nada de él allí. Revise el disco o la memoria USB, o elija otra carpeta.</translation>
    </message>
    <message>
        <source>No space left in %1: your disk quota is used up, so %2 was not written, and nothing of it was left there. Free some space or choose another folder.</source>
        <translation>No queda espacio en %1: se agotó su cuota de disco, así que no se escribió %2 y no quedó nada de él allí. Libere espacio o elija otra carpeta.</translation>
    </message>
    <message>
        <source>No space left in %1: %2 was not written, and nothing of it was left there. Free some space or choose another folder.</source>
        <translation>No queda espacio en %1: no se escribió %2 y no quedó nada de él allí. Libere espacio o elija otra carpeta.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
</context>
<context>
    <name>taller::SealKey</name>
    <message>
        <source>Could not read the %1 %2: %3</source>
        <translation>No se pudo leer el %1 %2: %3</translation>
    </message>
    <message>
        <source>%1 is not a %2: it is too large.</source>
        <translation>%1 no es un %2: es demasiado grande.</translation>
    </message>
    <message>
        <source>%1 is not a %2 made by &quot;key new&quot;.</source>
        <translation>%1 no es un %2 creado con «key new».</translation>
    </message>
    <message>
        <source>%1 is not a %2: its key is damaged.</source>
        <translation>%1 no es un %2: su clave está dañada.</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>No se pudo crear %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>No se pudo iniciar la biblioteca criptográfica.</translation>
    </message>
    <message>
        <source>%1 already exists; a key is never overwritten. Choose another name.</source>
        <translation>%1 ya existe; una clave nunca se sobrescribe. Elija otro nombre.</translation>
    </message>
    <message>
        <source>private key file</source>
        <translation>archivo de clave privada</translation>
    </message>
    <message>
        <source>Could not read the certificate %1: %2</source>
        <translation>No se pudo leer el certificado %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a PKCS#12 file (.p12, .pfx).</source>
        <translation>%1 no es un archivo PKCS#12 (.p12, .pfx).</translation>
    </message>
    <message>
        <source>Wrong password for the certificate %1.</source>
        <translation>Contraseña incorrecta para el certificado %1.</translation>
    </message>
    <message>
        <source>The certificate and key in %1 cannot be read: %2</source>
        <translation>No se pueden leer el certificado y la clave de %1: %2</translation>
    </message>
    <message>
        <source>The certificate of %1 has expired: a seal made with it would not be valid.</source>
        <translation>El certificado de %1 ha vencido: un sello hecho con él no sería válido.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid yet.</source>
        <translation>El certificado de %1 aún no es válido.</translation>
    </message>
    <message>
        <source>The certificate of %1 does not allow signing: its key usage has neither digitalSignature nor nonRepudiation.</source>
        <translation>El certificado de %1 no permite firmar: su uso de clave no incluye digitalSignature ni nonRepudiation.</translation>
    </message>
</context>
<context>
    <name>taller::SealPublicKey</name>
    <message>
        <source>&quot;%1&quot; is not an Ed25519 public key.</source>
        <translation>«%1» no es una clave pública Ed25519.</translation>
    </message>
    <message>
        <source>public key file</source>
        <translation>archivo de clave pública</translation>
    </message>
    <message>
        <source>The acta is sealed with the key %1, not with a certificate.</source>
        <translation>El acta está sellada con la clave %1, no con un certificado.</translation>
    </message>
    <message>
        <source>Could not read the certificate %1: %2</source>
        <translation>No se pudo leer el certificado %1: %2</translation>
    </message>
    <message>
        <source>The sealing certificate the file records is damaged.</source>
        <translation>El certificado de sellado que guarda el archivo está dañado.</translation>
    </message>
    <message>
        <source>%1 holds no certificate (PEM or DER).</source>
        <translation>%1 no contiene ningún certificado (PEM o DER).</translation>
    </message>
    <message>
        <source>The certificate chain could not be checked.</source>
        <translation>No se pudo comprobar la cadena de certificados.</translation>
    </message>
    <message>
        <source>The sealing certificate (%1) was not issued by %2: %3</source>
        <translation>El certificado de sellado (%1) no fue emitido por %2: %3</translation>
    </message>
</context>
<context>
    <name>taller::Sectors</name>
    <message>
        <source>Civil society</source>
        <translation>Sociedad civil</translation>
    </message>
    <message>
        <source>Academia</source>
        <translation>Academia</translation>
    </message>
    <message>
        <source>Business association</source>
        <translation>Gremio empresarial</translation>
    </message>
    <message>
        <source>Public sector</source>
        <translation>Sector público</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Ciudadanía</translation>
    </message>
    <message>
        <source>International cooperation</source>
        <translation>Cooperación internacional</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>taller::SheetLayout</name>
    <message numerus="yes">
        <source>the columns are named on line %1; the %n row(s) above it were skipped (%2)</source>
        <translation>
            <numerusform>las columnas se nombran en la línea %1; se omitió %n fila encima (%2)</numerusform>
            <numerusform>las columnas se nombran en la línea %1; se omitieron las %n filas de encima (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>column %1 «%2» only numbers the rows; left out</source>
        <translation>la columna %1 «%2» solo numera las filas; se deja fuera</translation>
    </message>
    <message>
        <source>column %1 only numbers the rows; left out</source>
        <translation>la columna %1 solo numera las filas; se deja fuera</translation>
    </message>
    <message>
        <source>line %1 «%2» closes the list, it is not a person; skipped</source>
        <translation>la línea %1 «%2» cierra la lista, no es una persona; se omite</translation>
    </message>
    <message>
        <source>row numbers</source>
        <translation>números de fila</translation>
    </message>
    <message>
        <source>DNI numbers (8 digits)</source>
        <translation>números de DNI (8 dígitos)</translation>
    </message>
    <message>
        <source>e-mail addresses</source>
        <translation>correos electrónicos</translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation>números de teléfono</translation>
    </message>
    <message>
        <source>people&apos;s names</source>
        <translation>nombres de personas</translation>
    </message>
</context>
<context>
    <name>taller::SheetReaders</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>taller::SignatoryDialog</name>
    <message>
        <source>Edit signatory</source>
        <translation>Modificar firmante</translation>
    </message>
    <message>
        <source>Add signatory</source>
        <translation>Agregar firmante</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Documento:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Cargo:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>Signs for:</source>
        <translation>Firma por:</translation>
    </message>
    <message>
        <source>Write the signatory&apos;s name.</source>
        <translation>Escriba el nombre del firmante.</translation>
    </message>
    <message>
        <source>Type a few letters to pick an attendee, or write any name</source>
        <translation>Escriba unas letras para elegir a un participante, o escriba cualquier nombre</translation>
    </message>
</context>
<context>
    <name>taller::SignaturePad</name>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
</context>
<context>
    <name>taller::SignaturePadDialog</name>
    <message>
        <source>Sign on screen: %1</source>
        <translation>Firma en pantalla: %1</translation>
    </message>
    <message>
        <source>%1, sign above the line with the mouse, a pen or your finger.</source>
        <translation>%1, firme sobre la línea con el mouse, un lápiz o el dedo.</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Firmar</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Borrar</translation>
    </message>
</context>
<context>
    <name>taller::SpreadsheetExport</name>
    <message>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
</context>
<context>
    <name>taller::SqlStatement</name>
    <message>
        <source>unknown database error</source>
        <translation>error desconocido de la base de datos</translation>
    </message>
    <message>
        <source>The event file could not be read or written: %1</source>
        <translation>No se pudo leer o escribir el archivo del evento: %1</translation>
    </message>
    <message>
        <source>There is no space left on the disk that holds the event: nothing was changed. Free some space and try again.</source>
        <translation>No queda espacio en el disco que guarda el evento: no se cambió nada. Libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This commitment is in the acta in force, which is closed for signature: it cannot change or be removed. Open a correction of the acta (a new version) to change it.</source>
        <translation>Este compromiso está en el acta vigente, cerrada para firma: no puede cambiar ni quitarse. Abra una corrección del acta (una nueva versión) para cambiarlo.</translation>
    </message>
    <message>
        <source>This mesa&apos;s commitments are in the acta in force, which is closed for signature: its code and name cannot change and the mesa cannot be removed. Open a correction of the acta (a new version) to change them.</source>
        <translation>Los compromisos de esta mesa están en el acta vigente, cerrada para firma: su código y su nombre no pueden cambiar y la mesa no puede quitarse. Abra una corrección del acta (una nueva versión) para cambiarlos.</translation>
    </message>
    <message>
        <source>These minutes are closed for signature: their tabla, desarrollo and agreements (text, responsible, due) cannot change; an agreement&apos;s follow-up can. Open a correction of the minutes (a new version) to change them.</source>
        <translation>Esta acta de reunión está cerrada para firma: su tabla, su desarrollo y sus acuerdos (texto, responsable, fecha) no pueden cambiar; el seguimiento de un acuerdo sí. Abra una corrección del acta (una nueva versión) para cambiarlos.</translation>
    </message>
    <message>
        <source>The signatories of a closed acta are part of it: who they are cannot change and nobody can be added. Open a correction (a new version) to change them.</source>
        <translation>Los firmantes de un acta cerrada son parte de ella: no puede cambiar quiénes son ni añadirse nadie. Abra una corrección (una nueva versión) para cambiarlos.</translation>
    </message>
    <message>
        <source>A closed acta or minutes is a record: its versions, the commitments they froze, their signatories and their signature records cannot be changed or removed.</source>
        <translation>Un acta cerrada, de compromisos o de reunión, es un registro: sus versiones, los compromisos que congeló, sus firmantes y sus registros de firma no pueden cambiarse ni quitarse.</translation>
    </message>
    <message>
        <source>Other commitments are merged into this one: it stays while they are. Undo those merges first.</source>
        <translation>Hay otros compromisos fusionados en este: se mantiene mientras lo estén. Deshaga primero esas fusiones.</translation>
    </message>
</context>
<context>
    <name>taller::StartPage</name>
    <message>
        <source>Taller Abierto</source>
        <translation>Taller Abierto</translation>
    </message>
    <message>
        <source>Prepare and run an open-government co-creation workshop: programme, registration desk, working tables, plenary and the Acta de Compromisos. Everything is saved in one .taller file as you work; no internet is needed.</source>
        <translation>Prepare y conduzca un taller de co-creación de gobierno abierto: programa, registro, mesas de trabajo, plenaria y Acta de Compromisos. Todo se guarda en un archivo .taller mientras trabaja; no se necesita internet.</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nuevo evento</translation>
    </message>
    <message>
        <source>From the Palacio de Hierro workshop</source>
        <translation>Desde el taller del Palacio de Hierro</translation>
    </message>
    <message>
        <source>Programme 08:30–14:00, mesas M1–M5, plenary and signing of the acta, ready to adapt.</source>
        <translation>Programa de 08:30 a 14:00, mesas M1–M5, plenaria y firma del acta, listo para adaptar.</translation>
    </message>
    <message>
        <source>Blank event</source>
        <translation>Evento en blanco</translation>
    </message>
    <message>
        <source>Start with nothing but a date.</source>
        <translation>Empiece solo con una fecha.</translation>
    </message>
    <message>
        <source>Recent events</source>
        <translation>Eventos recientes</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open:</source>
        <translation>Doble clic o Enter para abrir:</translation>
    </message>
    <message>
        <source>&amp;Open another event…</source>
        <translation>Abrir &amp;otro evento…</translation>
    </message>
    <message>
        <source>(not found)</source>
        <translation>(no encontrado)</translation>
    </message>
    <message>
        <source>No recent events yet.</source>
        <translation>Todavía no hay eventos recientes.</translation>
    </message>
    <message>
        <source>Try the demo event</source>
        <translation>Probar el evento de demostración</translation>
    </message>
    <message>
        <source>The Palacio de Hierro workshop with 50 fictional people, to practise at the registration desk.</source>
        <translation>El taller del Palacio de Hierro con 50 personas ficticias, para practicar en la mesa de registro.</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>When an event&apos;s file is damaged or lost: a copy made while it was in use</source>
        <translation>Cuando el archivo de un evento está dañado o se perdió: una copia hecha mientras se usaba</translation>
    </message>
</context>
<context>
    <name>taller::TabularReader</name>
    <message>
        <source>the workbook has no part %1</source>
        <translation>el libro no tiene la parte %1</translation>
    </message>
    <message>
        <source>the part %1 of the workbook unpacks to %2, more than the limit of %3</source>
        <translation>la parte %1 del libro ocupa %2 al descomprimirse, más que el límite de %3</translation>
    </message>
    <message>
        <source>the part %1 of the workbook cannot be unpacked</source>
        <translation>la parte %1 del libro no se puede descomprimir</translation>
    </message>
    <message>
        <source>the part %1 of the workbook is damaged</source>
        <translation>la parte %1 del libro está dañada</translation>
    </message>
    <message>
        <source>the workbook&apos;s %1 is not well-formed XML (line %2: %3)</source>
        <translation>el %1 del libro no es XML bien formado (línea %2: %3)</translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <translation>el libro no tiene hojas</translation>
    </message>
    <message>
        <source>there is no sheet &quot;%1&quot;; the sheets are: %2</source>
        <translation>no existe la hoja «%1»; las hojas son: %2</translation>
    </message>
    <message>
        <source>row %1: the cell %2 points to a text the workbook does not have</source>
        <translation>fila %1: la celda %2 remite a un texto que el libro no tiene</translation>
    </message>
    <message>
        <source>TRUE</source>
        <translation>VERDADERO</translation>
    </message>
    <message>
        <source>FALSE</source>
        <translation>FALSO</translation>
    </message>
    <message>
        <source>the spreadsheet has no sheets</source>
        <translation>la hoja de cálculo no tiene hojas</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is %2, more than the %3 a list may have; nothing was imported. Split it or remove what is not needed.</source>
        <translation>%1 ocupa %2, más que los %3 que puede tener una lista; no se importó nada. Divídalo o quite lo que no haga falta.</translation>
    </message>
    <message>
        <source>Cannot read %1 whole: %2</source>
        <translation>No se puede leer %1 completo: %2</translation>
    </message>
    <message>
        <source>The file is %1, more than the %2 a list may have; nothing was imported.</source>
        <translation>El archivo ocupa %1, más que los %2 que puede tener una lista; no se importó nada.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The file is a damaged zip archive, neither an Excel (.xlsx) nor an OpenDocument (.ods) spreadsheet.</source>
        <translation>El archivo es un zip dañado; no es una hoja de Excel (.xlsx) ni de OpenDocument (.ods).</translation>
    </message>
    <message>
        <source>The file is a zip archive but not an Excel (.xlsx) or OpenDocument (.ods) spreadsheet.</source>
        <translation>El archivo es un zip, pero no una hoja de Excel (.xlsx) ni de OpenDocument (.ods).</translation>
    </message>
    <message>
        <source>Cannot read the spreadsheet: %1</source>
        <translation>No se puede leer la hoja de cálculo: %1</translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; is empty.</source>
        <translation>La hoja «%1» está vacía.</translation>
    </message>
    <message>
        <source>The file is an old Excel workbook (.xls); save it as .xlsx or CSV and try again.</source>
        <translation>El archivo es un libro de Excel antiguo (.xls); guárdelo como .xlsx o CSV e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The file is a database (an event file?), not a list.</source>
        <translation>El archivo es una base de datos (¿un archivo de evento?), no una lista.</translation>
    </message>
    <message>
        <source>A CSV file has no sheets; leave out the sheet &quot;%1&quot;.</source>
        <translation>Un archivo CSV no tiene hojas; no indique la hoja «%1».</translation>
    </message>
    <message>
        <source>The file has no rows.</source>
        <translation>El archivo no tiene filas.</translation>
    </message>
    <message>
        <source>Excel (.xlsx), sheet &quot;%1&quot;</source>
        <translation>Excel (.xlsx), hoja «%1»</translation>
    </message>
    <message>
        <source>OpenDocument (.ods), sheet &quot;%1&quot;</source>
        <translation>OpenDocument (.ods), hoja «%1»</translation>
    </message>
    <message>
        <source>CSV, %1, separated by &quot;%2&quot;</source>
        <translation>CSV, %1, separado por «%2»</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>This is the sheet &quot;%1&quot;; the workbook also has: %2 (choose one with --sheet or in the window).</source>
        <translation>Esta es la hoja «%1»; el libro también tiene: %2 (elija una con --sheet o en la ventana).</translation>
    </message>
    <message>
        <source>Spreadsheets and CSV (*.xlsx *.ods *.csv *.tsv *.txt);;All files (*)</source>
        <translation>Hojas de cálculo y CSV (*.xlsx *.ods *.csv *.tsv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 is the event open here, not a list: choose the list to read.</source>
        <translation>%1 es el evento abierto aquí, no una lista: elija la lista que desea leer.</translation>
    </message>
    <message>
        <source>The workbook is protected with a password, so it cannot be read. Open it with its password in Excel or LibreOffice and save a copy without one (Excel: File &gt; Info &gt; Protect Workbook &gt; Encrypt with Password, leave it empty; LibreOffice: File &gt; Save As, without &quot;Save with password&quot;), or export the sheet as CSV, then import that copy.</source>
        <translation>El libro está protegido con contraseña, por eso no se puede leer. Ábralo con su contraseña en Excel o LibreOffice y guarde una copia sin contraseña (Excel: Archivo &gt; Información &gt; Proteger libro &gt; Cifrar con contraseña, déjela vacía; LibreOffice: Archivo &gt; Guardar como, sin «Guardar con contraseña»), o exporte la hoja como CSV, e importe esa copia.</translation>
    </message>
</context>
<context>
    <name>taller::TabularWriter</name>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;CSV para Excel (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>the workbook could not be started (zip error %1)</source>
        <translation>no se pudo empezar el libro (error zip %1)</translation>
    </message>
    <message>
        <source>the workbook&apos;s part %1 could not be written</source>
        <translation>no se pudo escribir la parte %1 del libro</translation>
    </message>
    <message>
        <source>the workbook could not be finished (zip error %1)</source>
        <translation>no se pudo terminar el libro (error zip %1)</translation>
    </message>
</context>
<context>
    <name>taller::WalkInDialog</name>
    <message>
        <source>Consents to the processing of their personal data (Ley 29733)</source>
        <translation>Autoriza el tratamiento de sus datos personales (Ley 29733)</translation>
    </message>
    <message>
        <source>Consents to appearing in photographs</source>
        <translation>Acepta aparecer en fotografías</translation>
    </message>
    <message>
        <source>Check in now</source>
        <translation>Registrar su llegada ahora</translation>
    </message>
    <message>
        <source>Register a walk-in</source>
        <translation>Inscribir a una persona nueva</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>Sin preferencia</translation>
    </message>
    <message>
        <source>8 digits for a DNI</source>
        <translation>8 dígitos si es DNI</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nombre@ejemplo.org</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation>&amp;Nombres:</translation>
    </message>
    <message>
        <source>&amp;Surnames:</source>
        <translation>&amp;Apellidos:</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Documento:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Cargo:</translation>
    </message>
    <message>
        <source>Sec&amp;tor:</source>
        <translation>Sec&amp;tor:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>Preferred &amp;mesa:</source>
        <translation>&amp;Mesa preferida:</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <source>Given names, surnames and document are required; the rest can be left blank.</source>
        <translation>Nombres, apellidos y documento son obligatorios; lo demás puede quedar en blanco.</translation>
    </message>
    <message>
        <source>Contact data will be kept for this event&apos;s follow-up.</source>
        <translation>Sus datos de contacto se guardarán para el seguimiento de este evento.</translation>
    </message>
    <message>
        <source>Without consent the person can still sign the attendance sheet, but their e-mail and phone are not kept.</source>
        <translation>Sin consentimiento la persona igual puede firmar la lista de asistencia, pero no se guardan su correo ni su teléfono.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elija…</translation>
    </message>
    <message>
        <source>Edit %1&apos;s details</source>
        <translation>Editar los datos de %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Choose the person&apos;s sector.</source>
        <translation>Elija el sector de la persona.</translation>
    </message>
    <message>
        <source>Already on the list</source>
        <translation>Ya está en la lista</translation>
    </message>
    <message>
        <source>Document %1 belongs to %2%3, who is already on the list.</source>
        <translation>El documento %1 es de %2%3, que ya está en la lista.</translation>
    </message>
    <message>
        <source>&amp;Show that person</source>
        <translation>&amp;Mostrar a esa persona</translation>
    </message>
    <message>
        <source>&amp;Check %1 in</source>
        <translation>&amp;Registrar la llegada de %1</translation>
    </message>
    <message>
        <source>C&amp;orrect the document</source>
        <translation>C&amp;orregir el documento</translation>
    </message>
    <message>
        <source>Already on the list: %1.</source>
        <translation>Ya está en la lista: %1.</translation>
    </message>
</context>
<context>
    <name>taller::cli</name>
    <message>
        <source>Usage: taller-abierto-cli VERB [options] ...</source>
        <translation>Uso: taller-abierto-cli VERBO [opciones] ...</translation>
    </message>
    <message>
        <source>Verbs:</source>
        <translation>Verbos:</translation>
    </message>
    <message>
        <source>Each verb takes --help.</source>
        <translation>Cada verbo acepta --help.</translation>
    </message>
    <message>
        <source>unknown verb &quot;%1&quot;; run taller-abierto-cli --help for the list.</source>
        <translation>verbo desconocido «%1»; ejecute taller-abierto-cli --help para ver la lista.</translation>
    </message>
</context>
<context>
    <name>taller::cli::Invocation</name>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>usage: taller-abierto-cli %1 %2 (see --help)</source>
        <translation>uso: taller-abierto-cli %1 %2 (vea --help)</translation>
    </message>
    <message>
        <source>Template to start from: %1 (default %2).</source>
        <translation>Plantilla de partida: %1 (por defecto %2).</translation>
    </message>
    <message>
        <source>Add N fictional attendees to try the registration desk.</source>
        <translation>Añade N participantes ficticios para probar la mesa de registro.</translation>
    </message>
    <message>
        <source>Create a new event file from a template. An existing file is never overwritten.</source>
        <translation>Crea un archivo de evento a partir de una plantilla. Nunca sobrescribe un archivo existente.</translation>
    </message>
    <message>
        <source>The new event file, e.g. taller.taller.</source>
        <translation>El nuevo archivo del evento, p. ej. taller.taller.</translation>
    </message>
    <message>
        <source>--sample-attendees takes a whole number from 0 to 1000000, not &quot;%1&quot;.</source>
        <translation>--sample-attendees necesita un número entero de 0 a 1000000, no «%1».</translation>
    </message>
    <message>
        <source>Unknown template &quot;%1&quot;; choose one of: %2.</source>
        <translation>Plantilla desconocida «%1»; elija una de: %2.</translation>
    </message>
    <message>
        <source>Created %1 from the template &quot;%2&quot;.</source>
        <translation>Se creó %1 a partir de la plantilla «%2».</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Imprime JSON.</translation>
    </message>
    <message>
        <source>Show the event&apos;s title, date, venue, times and counts.</source>
        <translation>Muestra el título, la fecha, el lugar, el horario y los conteos del evento.</translation>
    </message>
    <message>
        <source>The event file.</source>
        <translation>El archivo del evento.</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Fecha: %1</translation>
    </message>
    <message>
        <source>Venue: %1</source>
        <translation>Lugar: %1</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Horario: %1</translation>
    </message>
    <message>
        <source>Expected participants: %1</source>
        <translation>Participantes esperados: %1</translation>
    </message>
    <message>
        <source>Registered attendees: %1, checked in: %2</source>
        <translation>Inscritos: %1, llegaron: %2</translation>
    </message>
    <message>
        <source>List the programme: each activity with its times.</source>
        <translation>Lista el programa: cada actividad con su horario.</translation>
    </message>
    <message>
        <source>%1 presentation + %2 questions</source>
        <translation>%1 exposición + %2 preguntas</translation>
    </message>
    <message>
        <source>Print the workshop programme to a PDF file.</source>
        <translation>Imprime el programa del taller en un archivo PDF.</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>El PDF a escribir.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Se escribió %1.</translation>
    </message>
    <message>
        <source>Create an event file from a template</source>
        <translation>Crea un archivo de evento desde una plantilla</translation>
    </message>
    <message>
        <source>Show the event&apos;s details and counts</source>
        <translation>Muestra los datos del evento y los conteos</translation>
    </message>
    <message>
        <source>List the programme</source>
        <translation>Lista el programa</translation>
    </message>
    <message>
        <source>Print the programme to PDF</source>
        <translation>Imprime el programa en PDF</translation>
    </message>
    <message>
        <source>checked in %1</source>
        <translation>llegó %1</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Imprime el informe como JSON.</translation>
    </message>
    <message>
        <source>Check the file and report, without importing.</source>
        <translation>Revisa el archivo e informa, sin importar nada.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Only those checked in.</source>
        <translation>Solo quienes ya llegaron.</translation>
    </message>
    <message>
        <source>List the attendees, sorted by surname.</source>
        <translation>Lista los participantes, ordenados por apellido.</translation>
    </message>
    <message>
        <source>At most N results (default 20).</source>
        <translation>Como máximo N resultados (por defecto 20).</translation>
    </message>
    <message>
        <source>Find attendees by a few letters of a name, document or organisation; case and accents are ignored. Best match first.</source>
        <translation>Busca participantes por unas letras del nombre, documento u organización, sin importar mayúsculas ni tildes. Primero lo que mejor coincide.</translation>
    </message>
    <message>
        <source>What to look for.</source>
        <translation>Qué buscar.</translation>
    </message>
    <message>
        <source>Read one document number per line from standard input; print one JSON line per check-in once it is on disk.</source>
        <translation>Lee un número de documento por línea de la entrada estándar; imprime una línea JSON por llegada cuando ya está guardada en disco.</translation>
    </message>
    <message>
        <source>Name of this registration desk (default: the computer&apos;s name).</source>
        <translation>Nombre de esta mesa de registro (por defecto, el nombre de la computadora).</translation>
    </message>
    <message>
        <source>Check in an attendee by document number.</source>
        <translation>Registra la llegada de un participante por su número de documento.</translation>
    </message>
    <message>
        <source>The document number.</source>
        <translation>El número de documento.</translation>
    </message>
    <message>
        <source>give either a DOCUMENT or --stdin</source>
        <translation>indique un DOCUMENTO o --stdin</translation>
    </message>
    <message>
        <source>Checked in: %1 (%2) at %3</source>
        <translation>Llegada registrada: %1 (%2) a las %3</translation>
    </message>
    <message>
        <source>Already checked in: %1 (%2) at %3</source>
        <translation>Ya registró su llegada: %1 (%2) a las %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document number.</source>
        <translation>«%1» no es un número de documento.</translation>
    </message>
    <message>
        <source>No attendee has document %1.</source>
        <translation>Ningún participante tiene el documento %1.</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>No se puede leer la entrada estándar.</translation>
    </message>
    <message>
        <source>Undo a mistaken check-in. The undoing is recorded; nothing is deleted.</source>
        <translation>Anula una llegada registrada por error. La anulación queda registrada; no se borra nada.</translation>
    </message>
    <message>
        <source>Check-in undone: %1 (%2)</source>
        <translation>Llegada anulada: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2) is not checked in.</source>
        <translation>%1 (%2) no tiene registrada su llegada.</translation>
    </message>
    <message>
        <source>Blank numbered rows for walk-ins (default %1).</source>
        <translation>Filas numeradas en blanco para quienes lleguen sin inscripción (por defecto %1).</translation>
    </message>
    <message>
        <source>Print the attendance sheet for signatures to a PDF file.</source>
        <translation>Imprime la lista de asistencia para firmas en un archivo PDF.</translation>
    </message>
    <message>
        <source>--blank-rows takes a whole number from 0 to 1000, not &quot;%1&quot;.</source>
        <translation>--blank-rows necesita un número entero de 0 a 1000, no «%1».</translation>
    </message>
    <message>
        <source>List the attendees</source>
        <translation>Lista los participantes</translation>
    </message>
    <message>
        <source>Find attendees, accents and case ignored</source>
        <translation>Busca participantes, sin importar tildes ni mayúsculas</translation>
    </message>
    <message>
        <source>Check in by document number, or a stream of them</source>
        <translation>Registra llegadas por número de documento, una o muchas</translation>
    </message>
    <message>
        <source>Undo a mistaken check-in</source>
        <translation>Anula una llegada registrada por error</translation>
    </message>
    <message>
        <source>Print the attendance sheet to PDF</source>
        <translation>Imprime la lista de asistencia en PDF</translation>
    </message>
    <message>
        <source>imported %1, rejected %2</source>
        <translation>importadas %1, rechazadas %2</translation>
    </message>
    <message>
        <source>Only the members of this mesa, headed with its code and name.</source>
        <translation>Solo los integrantes de esta mesa, encabezada con su código y nombre.</translation>
    </message>
    <message>
        <source>List the mesas with their members and the sectors they come from.</source>
        <translation>Lista las mesas con sus integrantes y los sectores de los que vienen.</translation>
    </message>
    <message numerus="yes">
        <source>%n members</source>
        <translation>
            <numerusform>%n integrante</numerusform>
            <numerusform>%n integrantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>only %n sectors</source>
        <translation>
            <numerusform>solo %n sector</numerusform>
            <numerusform>solo %n sectores</numerusform>
        </translation>
    </message>
    <message>
        <source>Seat everyone registered, not only those checked in.</source>
        <translation>Sienta a todos los inscritos, no solo a quienes llegaron.</translation>
    </message>
    <message>
        <source>Seat people at their preferred mesa, then balance the rest.</source>
        <translation>Sienta a cada persona en su mesa preferida y equilibra al resto.</translation>
    </message>
    <message>
        <source>Seat attendees at the mesas: sizes differ by at most one and sectors are mixed. Replaces the current seating.</source>
        <translation>Sienta a los participantes en las mesas: los tamaños difieren a lo más en uno y los sectores se mezclan. Reemplaza la distribución actual.</translation>
    </message>
    <message>
        <source>Seated %1 people at %2 mesas.</source>
        <translation>Se sentó a %1 personas en %2 mesas.</translation>
    </message>
    <message>
        <source>Seat one attendee at a mesa (or at none, with MESA &quot;-&quot;).</source>
        <translation>Sienta a un participante en una mesa (o en ninguna, con MESA «-»).</translation>
    </message>
    <message>
        <source>The mesa&apos;s code, such as M2.</source>
        <translation>El código de la mesa, por ejemplo M2.</translation>
    </message>
    <message>
        <source>Only this mesa&apos;s commitments.</source>
        <translation>Solo los compromisos de esta mesa.</translation>
    </message>
    <message>
        <source>List the commitments with every field, status and origin.</source>
        <translation>Lista los compromisos con todos sus campos, estado y origen.</translation>
    </message>
    <message>
        <source>Print a mesa&apos;s worksheet (ficha de mesa) to a PDF file.</source>
        <translation>Imprime la ficha de una mesa en un archivo PDF.</translation>
    </message>
    <message>
        <source>The mesa&apos;s code, such as M1.</source>
        <translation>El código de la mesa, por ejemplo M1.</translation>
    </message>
    <message>
        <source>List the mesas and their members</source>
        <translation>Lista las mesas y sus integrantes</translation>
    </message>
    <message>
        <source>Seat attendees at the mesas, balanced</source>
        <translation>Sienta a los participantes en las mesas, de forma equilibrada</translation>
    </message>
    <message>
        <source>Seat one attendee at a mesa</source>
        <translation>Sienta a un participante en una mesa</translation>
    </message>
    <message>
        <source>List the commitments</source>
        <translation>Lista los compromisos</translation>
    </message>
    <message>
        <source>Print a mesa&apos;s worksheet to PDF</source>
        <translation>Imprime la ficha de una mesa en PDF</translation>
    </message>
    <message>
        <source>With merged: the commitment it is merged into.</source>
        <translation>Con merged: el compromiso en el que se fusiona.</translation>
    </message>
    <message>
        <source>The plenary&apos;s note on the decision.</source>
        <translation>La nota de la plenaria sobre la decisión.</translation>
    </message>
    <message>
        <source>Record the plenary&apos;s decision on a commitment.</source>
        <translation>Registra la decisión de la plenaria sobre un compromiso.</translation>
    </message>
    <message>
        <source>The commitment&apos;s id.</source>
        <translation>El número del compromiso.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a commitment id.</source>
        <translation>«%1» no es un número de compromiso.</translation>
    </message>
    <message>
        <source>The decision is approved, merged or withdrawn, not &quot;%1&quot;.</source>
        <translation>La decisión es approved, merged o withdrawn, no «%1».</translation>
    </message>
    <message>
        <source>Full name.</source>
        <translation>Nombre completo.</translation>
    </message>
    <message>
        <source>Identity document.</source>
        <translation>Documento de identidad.</translation>
    </message>
    <message>
        <source>Position (cargo).</source>
        <translation>Cargo.</translation>
    </message>
    <message>
        <source>Organisation.</source>
        <translation>Organización.</translation>
    </message>
    <message>
        <source>government or civil-society.</source>
        <translation>government o civil-society.</translation>
    </message>
    <message>
        <source>Add a signatory to the acta while it is a draft; prints the signatory&apos;s id.</source>
        <translation>Agrega un firmante al acta mientras es borrador; imprime el número del firmante.</translation>
    </message>
    <message>
        <source>--name is required.</source>
        <translation>--name es obligatorio.</translation>
    </message>
    <message>
        <source>--side is government or civil-society, not &quot;%1&quot;.</source>
        <translation>--side es government o civil-society, no «%1».</translation>
    </message>
    <message>
        <source>Close the acta for signature: its content is frozen and fingerprinted (SHA-256).</source>
        <translation>Cierra el acta para firma: su contenido queda congelado y con huella (SHA-256).</translation>
    </message>
    <message>
        <source>The signatory signed the printed acta.</source>
        <translation>El firmante firmó el acta impresa.</translation>
    </message>
    <message>
        <source>Record a signatory&apos;s signature on the closed acta.</source>
        <translation>Registra la firma de un firmante en el acta cerrada.</translation>
    </message>
    <message>
        <source>The signatory&apos;s id.</source>
        <translation>El número del firmante.</translation>
    </message>
    <message>
        <source>say how they signed: --paper (a drawn signature is taken in the window).</source>
        <translation>indique cómo firmó: --paper (la firma dibujada se toma en la ventana).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a signatory id.</source>
        <translation>«%1» no es un número de firmante.</translation>
    </message>
    <message>
        <source>Why the acta is corrected.</source>
        <translation>Por qué se corrige el acta.</translation>
    </message>
    <message>
        <source>Open a new draft version of a closed acta; the closed one stays as it was.</source>
        <translation>Abre una nueva versión en borrador de un acta cerrada; la cerrada queda como estaba.</translation>
    </message>
    <message>
        <source>Show the acta in force: version, status, fingerprint, commitments and signatories.</source>
        <translation>Muestra el acta vigente: versión, estado, huella, compromisos y firmantes.</translation>
    </message>
    <message>
        <source>Acta de Compromisos, version %1: %2</source>
        <translation>Acta de Compromisos, versión %1: %2</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256): %1</source>
        <translation>Huella (SHA-256): %1</translation>
    </message>
    <message numerus="yes">
        <source>%n approved commitments</source>
        <translation>
            <numerusform>%n compromiso aprobado</numerusform>
            <numerusform>%n compromisos aprobados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signatories</source>
        <translation>
            <numerusform>%n firmante</numerusform>
            <numerusform>%n firmantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Also compare with the fingerprint printed on the paper acta.</source>
        <translation>Compara además con la huella impresa en el acta en papel.</translation>
    </message>
    <message>
        <source>OK: version %1 of the acta matches its fingerprint %2.</source>
        <translation>Correcto: la versión %1 del acta coincide con su huella %2.</translation>
    </message>
    <message>
        <source>An earlier version instead of the one in force.</source>
        <translation>Una versión anterior en lugar de la vigente.</translation>
    </message>
    <message>
        <source>Print the Acta de Compromisos to a PDF file.</source>
        <translation>Imprime el Acta de Compromisos en un archivo PDF.</translation>
    </message>
    <message>
        <source>Set the order, e.g. M3,M1,M2,M4,M5.</source>
        <translation>Fija el orden, p. ej. M3,M1,M2,M4,M5.</translation>
    </message>
    <message>
        <source>Show (or set) the order in which mesas present and the time each has.</source>
        <translation>Muestra (o fija) el orden en que presentan las mesas y el tiempo de cada una.</translation>
    </message>
    <message>
        <source>Show or set the mesas&apos; presentation order</source>
        <translation>Muestra o fija el orden de presentación de las mesas</translation>
    </message>
    <message>
        <source>Record the plenary&apos;s decision on a commitment</source>
        <translation>Registra la decisión de la plenaria sobre un compromiso</translation>
    </message>
    <message>
        <source>Add a signatory to the draft acta</source>
        <translation>Agrega un firmante al borrador del acta</translation>
    </message>
    <message>
        <source>Close the acta for signature; prints its fingerprint</source>
        <translation>Cierra el acta para firma; imprime su huella</translation>
    </message>
    <message>
        <source>Record a signature on paper</source>
        <translation>Registra una firma en papel</translation>
    </message>
    <message>
        <source>Open a corrected version of a closed acta</source>
        <translation>Abre una versión corregida de un acta cerrada</translation>
    </message>
    <message>
        <source>Show the acta: version, status, fingerprint, commitments, signatories</source>
        <translation>Muestra el acta: versión, estado, huella, compromisos, firmantes</translation>
    </message>
    <message>
        <source>Check the closed acta against its fingerprint</source>
        <translation>Comprueba el acta cerrada con su huella</translation>
    </message>
    <message>
        <source>Print the Acta de Compromisos to PDF</source>
        <translation>Imprime el Acta de Compromisos en PDF</translation>
    </message>
    <message>
        <source>Required: erasing cannot be undone.</source>
        <translation>Obligatorio: el borrado no se puede deshacer.</translation>
    </message>
    <message>
        <source>After the event: erase the attendees&apos; personal data (Ley 29733), keeping the counts by sector and the acta with its signatories.</source>
        <translation>Después del evento: borra los datos personales de los participantes (Ley 29733) y conserva los conteos por sector y el acta con sus firmantes.</translation>
    </message>
    <message>
        <source>this erases every attendee&apos;s personal data for good; add --confirm to do it.</source>
        <translation>esto borra para siempre los datos personales de todos los participantes; agregue --confirm para hacerlo.</translation>
    </message>
    <message>
        <source>Participation by sector, without personal data</source>
        <translation>Participación por sector, sin datos personales</translation>
    </message>
    <message>
        <source>Erase the attendees&apos; personal data after the event</source>
        <translation>Borra los datos personales de los participantes tras el evento</translation>
    </message>
    <message>
        <source>The copy to write.</source>
        <translation>La copia a escribir.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name, it will not be overwritten.</source>
        <translation>%1 ya existe; elija otro nombre, no se sobrescribirá.</translation>
    </message>
    <message>
        <source>Write a consistent copy of the event</source>
        <translation>Escribe una copia coherente del evento</translation>
    </message>
    <message>
        <source>The institution&apos;s private key file (made by &quot;key new&quot;) that seals the acta.</source>
        <translation>El archivo de clave privada de la institución (creado con «key new») que sella el acta.</translation>
    </message>
    <message>
        <source>Make an Ed25519 key pair to seal actas: KEYFILE (private, readable only by you) and KEYFILE.pub (public, for whoever checks). Never overwrites.</source>
        <translation>Crea un par de claves Ed25519 para sellar actas: KEYFILE (privada, solo usted puede leerla) y KEYFILE.pub (pública, para quien compruebe). Nunca sobrescribe.</translation>
    </message>
    <message>
        <source>The private key file to create.</source>
        <translation>El archivo de clave privada que se creará.</translation>
    </message>
    <message>
        <source>Key %1: private key in %2, public key in %3</source>
        <translation>Clave %1: clave privada en %2, clave pública en %3</translation>
    </message>
    <message>
        <source>Sealed with the key %1</source>
        <translation>Sellada con la clave %1</translation>
    </message>
    <message>
        <source>The institution&apos;s public key file (KEYFILE.pub): every version and signature must carry its seal.</source>
        <translation>El archivo de clave pública de la institución (KEYFILE.pub): cada versión y cada firma deben llevar su sello.</translation>
    </message>
    <message>
        <source>Check every version of the acta against its fingerprint, its signatures and its seal.</source>
        <translation>Comprueba cada versión del acta con su huella, sus firmas y su sello.</translation>
    </message>
    <message>
        <source>the fingerprint given is version %1&apos;s, but the file says version %2 is in force</source>
        <translation>la huella indicada es la de la versión %1, pero el archivo dice que la vigente es la versión %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Every closed version checked: %1.</source>
        <translation>Se comprobaron todas las versiones cerradas: %1.</translation>
    </message>
    <message>
        <source>Every version and signature is sealed by the key %1.</source>
        <translation>Cada versión y cada firma están selladas con la clave %1.</translation>
    </message>
    <message>
        <source>Sealed with the key %1 (give --public-key to check it is the institution&apos;s).</source>
        <translation>Sellada con la clave %1 (indique --public-key para comprobar que es la de la institución).</translation>
    </message>
    <message numerus="yes">
        <source>the acta does not match what was recorded (%n differences).</source>
        <translation>
            <numerusform>el acta no coincide con lo registrado (%n diferencia).</numerusform>
            <numerusform>el acta no coincide con lo registrado (%n diferencias).</numerusform>
        </translation>
    </message>
    <message>
        <source>Make a key pair to seal actas</source>
        <translation>Crear un par de claves para sellar actas</translation>
    </message>
    <message>
        <source>Only the members of this mesa.</source>
        <translation>Solo los integrantes de esta mesa.</translation>
    </message>
    <message>
        <source>Only the people checked in so far.</source>
        <translation>Solo quienes ya registraron su llegada.</translation>
    </message>
    <message>
        <source>Only the person with this document number.</source>
        <translation>Solo la persona con este número de documento.</translation>
    </message>
    <message>
        <source>The badge holder&apos;s size: %1 (default %2).</source>
        <translation>El tamaño del portagafete: %1 (por omisión %2).</translation>
    </message>
    <message>
        <source>Print name badges with a QR code of the document number, on A4 sheets with cutting marks, to a PDF file.</source>
        <translation>Imprime gafetes con un código QR del número de documento, en hojas A4 con marcas de corte, en un archivo PDF.</translation>
    </message>
    <message>
        <source>--layout takes one of %1, not &quot;%2&quot;.</source>
        <translation>--layout acepta uno de %1, no «%2».</translation>
    </message>
    <message>
        <source>One PDF per person in DIR, named by document number.</source>
        <translation>Un PDF por persona en DIR, con el número de documento como nombre.</translation>
    </message>
    <message>
        <source>Who signs them, as &quot;NAME|POSITION&quot;.</source>
        <translation>Quién las firma, como «NOMBRE|CARGO».</translation>
    </message>
    <message>
        <source>A scanned signature (PNG or JPEG) to print above the signer.</source>
        <translation>Una firma escaneada (PNG o JPEG) para imprimir sobre el nombre de quien firma.</translation>
    </message>
    <message>
        <source>Print a certificate of participation (constancia) for every person checked in, to one PDF or one PDF each.</source>
        <translation>Imprime una constancia de participación para cada persona que registró su llegada, en un solo PDF o en un PDF por persona.</translation>
    </message>
    <message>
        <source>The PDF to write (or give --each DIR).</source>
        <translation>El PDF a escribir (o indique --each DIR).</translation>
    </message>
    <message>
        <source>give either OUT.pdf or --each DIR</source>
        <translation>indique OUT.pdf o bien --each DIR</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n certificate(s) in %1.</source>
        <translation>
            <numerusform>Se escribió %n constancia en %1.</numerusform>
            <numerusform>Se escribieron %n constancias en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print name badges with a QR code to PDF</source>
        <translation>Imprime gafetes con código QR en PDF</translation>
    </message>
    <message>
        <source>Print certificates of participation to PDF</source>
        <translation>Imprime constancias de participación en PDF</translation>
    </message>
    <message>
        <source>Import attendees from a list exported by Excel or Google Forms (CSV, .xlsx or .ods). All accepted rows are imported in one go, or none.</source>
        <translation>Importa asistentes de una lista exportada por Excel o Google Forms (CSV, .xlsx u .ods). Todas las filas aceptadas se importan de una vez, o ninguna.</translation>
    </message>
    <message>
        <source>The list: .csv, .tsv, .txt, .xlsx or .ods.</source>
        <translation>La lista: .csv, .tsv, .txt, .xlsx u .ods.</translation>
    </message>
    <message>
        <source>Write participation by sector to a spreadsheet, without names, documents or contacts.</source>
        <translation>Escribe la participación por sector en una hoja de cálculo, sin nombres, documentos ni contactos.</translation>
    </message>
    <message>
        <source>The file to write: .xlsx, or .csv for Excel.</source>
        <translation>El archivo a escribir: .xlsx, o .csv para Excel.</translation>
    </message>
    <message>
        <source>Write every attendee to a spreadsheet that `import attendees` reads back as it was.</source>
        <translation>Escribe todos los asistentes en una hoja de cálculo que `import attendees` vuelve a leer tal cual.</translation>
    </message>
    <message>
        <source>Import attendees from a CSV, .xlsx or .ods list</source>
        <translation>Importar asistentes de una lista CSV, .xlsx u .ods</translation>
    </message>
    <message>
        <source>Write the attendees to .xlsx or CSV</source>
        <translation>Escribir los asistentes en .xlsx o CSV</translation>
    </message>
    <message>
        <source>Read this sheet of an .xlsx or .ods workbook (the first by default).</source>
        <translation>Leer esta hoja de un libro .xlsx u .ods (por omisión, la primera).</translation>
    </message>
    <message>
        <source>Read the column HEADER as FIELD (a field as --json names it, or - for none); may be repeated.</source>
        <translation>Leer la columna ENCABEZADO como CAMPO (un campo como lo nombra --json, o - para ninguno); se puede repetir.</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(columna %1)</translation>
    </message>
    <message>
        <source>columns: %1</source>
        <translation>columnas: %1</translation>
    </message>
    <message>
        <source>Replace the programme with the activities of a list (CSV, .xlsx or .ods; columns: start or minutes, title, responsible, kind, exposition and questions minutes; as written by export agenda). All activities or none; a file with none changes nothing.</source>
        <translation>Reemplaza el programa con las actividades de una lista (CSV, .xlsx u .ods; columnas: inicio o minutos, título, responsable, tipo, minutos de exposición y de preguntas; como las escribe export agenda). Todas las actividades o ninguna; un archivo sin ninguna no cambia nada.</translation>
    </message>
    <message>
        <source>The list: .csv, .xlsx or .ods.</source>
        <translation>La lista: .csv, .xlsx u .ods.</translation>
    </message>
    <message>
        <source>%1: no activity can be imported; the programme was left as it was.</source>
        <translation>%1: ninguna actividad se puede importar; el programa quedó como estaba.</translation>
    </message>
    <message>
        <source>Write the programme to a spreadsheet, every field included; `import agenda` reads it back.</source>
        <translation>Escribe el programa en una hoja de cálculo, con todos sus campos; `import agenda` lo vuelve a leer.</translation>
    </message>
    <message>
        <source>Replace the programme from a CSV, .xlsx or .ods list</source>
        <translation>Reemplazar el programa desde una lista CSV, .xlsx u .ods</translation>
    </message>
    <message>
        <source>Write the programme to .xlsx or CSV</source>
        <translation>Escribir el programa en .xlsx o CSV</translation>
    </message>
    <message>
        <source>Import input commitments from a list (CSV, .xlsx or .ods) (mesa, title, description, actions, responsible, participants, resources, deadline, indicator) or the approved commitments of an earlier event file.</source>
        <translation>Importa compromisos de insumo de una lista (CSV, .xlsx u .ods) (mesa, título, descripción, acciones, responsable, participantes, recursos, plazo, indicador) o los compromisos aprobados de un archivo de evento anterior.</translation>
    </message>
    <message>
        <source>A list (.csv, .xlsx, .ods), or another .taller event file.</source>
        <translation>Una lista (.csv, .xlsx, .ods) u otro archivo de evento .taller.</translation>
    </message>
    <message>
        <source>Write every commitment to a spreadsheet that `import commitments` reads back as it was.</source>
        <translation>Escribe todos los compromisos en una hoja de cálculo que `import commitments` vuelve a leer tal cual.</translation>
    </message>
    <message>
        <source>Import input commitments (CSV, .xlsx, .ods or event file)</source>
        <translation>Importar compromisos de insumo (CSV, .xlsx, .ods o archivo de evento)</translation>
    </message>
    <message>
        <source>Write the commitments to .xlsx or CSV</source>
        <translation>Escribir los compromisos en .xlsx o CSV</translation>
    </message>
    <message>
        <source>The personal data had already been erased from the file; nothing of it remains there.</source>
        <translation>Los datos personales ya se habían borrado del archivo; no queda nada de ellos allí.</translation>
    </message>
    <message>
        <source>Personal data erased from the file and its journal; the counts by sector and the acta remain.</source>
        <translation>Datos personales borrados del archivo y de su registro de transacciones; se conservan los conteos por sector y el acta.</translation>
    </message>
    <message>
        <source>Deleted the copy %1</source>
        <translation>Se eliminó la copia %1</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation>No se puede escribir en la salida estándar: %1</translation>
    </message>
    <message>
        <source>Write a consistent copy of the event (made by SQLite itself), even while the window has it open.</source>
        <translation>Escribe una copia coherente del evento (hecha por el propio SQLite), aunque la ventana lo tenga abierto.</translation>
    </message>
    <message>
        <source>Import fichas (initiatives) from a list whose first row names the columns, as the &quot;Ficha informativa de actividad priorizada&quot; words them. They enter the process at its formulation stage. All accepted rows are imported in one go, or none.</source>
        <translation>Importa fichas (iniciativas) de una lista cuya primera fila nombra las columnas como lo hace la «Ficha informativa de actividad priorizada». Entran al proceso en su etapa de formulación. Todas las filas aceptadas se importan de una vez, o ninguna.</translation>
    </message>
    <message>
        <source>Dry run: %1 fichas would be imported (%2 incomplete); nothing was written.</source>
        <translation>Prueba: se importarían %1 fichas (%2 incompletas); no se escribió nada.</translation>
    </message>
    <message>
        <source>Imported %1 fichas (%2 incomplete).</source>
        <translation>Se importaron %1 fichas (%2 incompletas).</translation>
    </message>
    <message>
        <source>Only those that reached stage N.</source>
        <translation>Solo las que llegaron a la etapa N.</translation>
    </message>
    <message>
        <source>List the initiatives with their stage, status, score, rank and reason.</source>
        <translation>Lista las iniciativas con su etapa, estado, puntaje, puesto y motivo.</translation>
    </message>
    <message>
        <source>--stage takes a stage number, such as 3.</source>
        <translation>--stage lleva un número de etapa, como 3.</translation>
    </message>
    <message>
        <source>List the prioritisation criteria and their weights.</source>
        <translation>Lista los criterios de priorización y sus pesos.</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>peso %1</translation>
    </message>
    <message>
        <source>Its weight, more than zero.</source>
        <translation>Su peso, mayor que cero.</translation>
    </message>
    <message>
        <source>Add a prioritisation criterion.</source>
        <translation>Agrega un criterio de priorización.</translation>
    </message>
    <message>
        <source>The criterion&apos;s name.</source>
        <translation>El nombre del criterio.</translation>
    </message>
    <message>
        <source>--weight takes a number more than zero, such as 2 or 1.5.</source>
        <translation>--weight lleva un número mayor que cero, como 2 o 1.5.</translation>
    </message>
    <message>
        <source>Added criterion %1 &quot;%2&quot;.</source>
        <translation>Se agregó el criterio %1 «%2».</translation>
    </message>
    <message>
        <source>Who scores: a mesa or a person.</source>
        <translation>Quién puntúa: una mesa o una persona.</translation>
    </message>
    <message>
        <source>Record one scorer&apos;s value, 1 to 5, for an initiative on a criterion, at the stage where the initiative now is. A second value from the same scorer replaces the first.</source>
        <translation>Registra el valor, de 1 a 5, que un evaluador da a una iniciativa en un criterio, en la etapa donde está ahora la iniciativa. Un segundo valor del mismo evaluador reemplaza al primero.</translation>
    </message>
    <message>
        <source>The initiative.</source>
        <translation>La iniciativa.</translation>
    </message>
    <message>
        <source>The criterion&apos;s id or name.</source>
        <translation>El número o el nombre del criterio.</translation>
    </message>
    <message>
        <source>1 to 5.</source>
        <translation>De 1 a 5.</translation>
    </message>
    <message>
        <source>say who scores with --by (a mesa or a person).</source>
        <translation>indique quién puntúa con --by (una mesa o una persona).</translation>
    </message>
    <message>
        <source>INITIATIVE_ID and VALUE are numbers.</source>
        <translation>INITIATIVE_ID y VALUE son números.</translation>
    </message>
    <message>
        <source>Who votes: a mesa or a person.</source>
        <translation>Quién vota: una mesa o una persona.</translation>
    </message>
    <message>
        <source>How many dots (0 takes them back).</source>
        <translation>Cuántos puntos (0 los retira).</translation>
    </message>
    <message>
        <source>Record one participant&apos;s dots for an initiative, at a stage that prioritises by dot voting.</source>
        <translation>Registra los puntos que un participante da a una iniciativa, en una etapa que prioriza por votación con puntos.</translation>
    </message>
    <message>
        <source>give --dots N and --by SCORER.</source>
        <translation>indique --dots N y --by EVALUADOR.</translation>
    </message>
    <message>
        <source>INITIATIVE_ID and --dots are numbers.</source>
        <translation>INITIATIVE_ID y --dots son números.</translation>
    </message>
    <message>
        <source>The stage to advance to.</source>
        <translation>La etapa a la que se avanza.</translation>
    </message>
    <message>
        <source>Advance the first K by rank.</source>
        <translation>Avanza las primeras K por puesto.</translation>
    </message>
    <message>
        <source>Advance these initiatives.</source>
        <translation>Avanza estas iniciativas.</translation>
    </message>
    <message>
        <source>Why the others do not advance (the numbers are added).</source>
        <translation>Por qué no avanzan las demás (se agregan los números).</translation>
    </message>
    <message>
        <source>Move initiatives from the stage before N to stage N; every other one there is recorded as not advanced, with its reason.</source>
        <translation>Pasa iniciativas de la etapa anterior a N a la etapa N; cada una de las demás queda registrada como no avanzada, con su motivo.</translation>
    </message>
    <message>
        <source>give --stage N, the stage to advance to (2 or more).</source>
        <translation>indique --stage N, la etapa a la que se avanza (2 o más).</translation>
    </message>
    <message>
        <source>give either --top K or --ids ID,ID,...</source>
        <translation>indique --top K o bien --ids ID,ID,...</translation>
    </message>
    <message>
        <source>--top takes a number, 1 or more.</source>
        <translation>--top lleva un número, 1 o más.</translation>
    </message>
    <message>
        <source>--ids takes initiative ids separated by commas, such as 3,7,12.</source>
        <translation>--ids lleva números de iniciativa separados por comas, como 3,7,12.</translation>
    </message>
    <message>
        <source>%1 initiatives advanced; %2 did not, each with its reason recorded.</source>
        <translation>Avanzaron %1 iniciativas; %2 no avanzaron, cada una con su motivo registrado.</translation>
    </message>
    <message>
        <source>Why they are merged.</source>
        <translation>Por qué se fusionan.</translation>
    </message>
    <message>
        <source>Merge one initiative into another; both stay in the record, and the commitment the second becomes remembers both fichas.</source>
        <translation>Fusiona una iniciativa con otra; ambas quedan en el registro, y el compromiso en que se convierta la segunda recuerda las dos fichas.</translation>
    </message>
    <message>
        <source>The initiative merged.</source>
        <translation>La iniciativa que se fusiona.</translation>
    </message>
    <message>
        <source>The initiative it joins.</source>
        <translation>La iniciativa a la que se une.</translation>
    </message>
    <message>
        <source>ID and INTO_ID are initiative ids.</source>
        <translation>ID e INTO_ID son números de iniciativa.</translation>
    </message>
    <message>
        <source>Initiative %1 merged into %2.</source>
        <translation>La iniciativa %1 se fusionó con la %2.</translation>
    </message>
    <message>
        <source>Why these were chosen (the numbers are added).</source>
        <translation>Por qué se eligieron estas (se agregan los números).</translation>
    </message>
    <message>
        <source>The final choice: each chosen initiative becomes a commitment that remembers its ficha; every other one still competing is recorded as not selected.</source>
        <translation>La elección final: cada iniciativa elegida se convierte en un compromiso que recuerda su ficha; cada una de las demás que sigue en competencia queda registrada como no seleccionada.</translation>
    </message>
    <message>
        <source>Initiative ids separated by commas.</source>
        <translation>Números de iniciativa separados por comas.</translation>
    </message>
    <message>
        <source>IDS are initiative ids separated by commas, such as 3,7,12.</source>
        <translation>IDS son números de iniciativa separados por comas, como 3,7,12.</translation>
    </message>
    <message>
        <source>Initiative %1 became commitment %2.</source>
        <translation>La iniciativa %1 se convirtió en el compromiso %2.</translation>
    </message>
    <message>
        <source>%1 initiatives selected; %2 not selected, each with its reason recorded.</source>
        <translation>Se seleccionaron %1 iniciativas; %2 no, cada una con su motivo registrado.</translation>
    </message>
    <message>
        <source>A commitment&apos;s way back to its ficha(s): every decision, its date and its reason.</source>
        <translation>El camino de un compromiso hasta su(s) ficha(s): cada decisión, su fecha y su motivo.</translation>
    </message>
    <message>
        <source>The commitment.</source>
        <translation>El compromiso.</translation>
    </message>
    <message>
        <source>COMMITMENT_ID is a number.</source>
        <translation>COMMITMENT_ID es un número.</translation>
    </message>
    <message>
        <source>Commitment %1: %2</source>
        <translation>Compromiso %1: %2</translation>
    </message>
    <message>
        <source>Ficha %1: %2 (%3)</source>
        <translation>Ficha %1: %2 (%3)</translation>
    </message>
    <message>
        <source>ficha %1</source>
        <translation>ficha %1</translation>
    </message>
    <message>
        <source>Print the reasoned response: every initiative, who proposed it, what happened at each stage with its score and reason, and the funnel.</source>
        <translation>Imprime la respuesta razonada: cada iniciativa, quién la propuso, qué pasó en cada etapa con su puntaje y motivo, y el embudo.</translation>
    </message>
    <message>
        <source>The blank form, to fill by hand.</source>
        <translation>El formulario en blanco, para llenar a mano.</translation>
    </message>
    <message>
        <source>Print a filled ficha, or the blank form with --blank.</source>
        <translation>Imprime una ficha llena, o el formulario en blanco con --blank.</translation>
    </message>
    <message>
        <source>The initiative (not with --blank).</source>
        <translation>La iniciativa (no con --blank).</translation>
    </message>
    <message>
        <source>with --blank, give only FILE and OUT.pdf.</source>
        <translation>con --blank, indique solo FILE y OUT.pdf.</translation>
    </message>
    <message>
        <source>give the initiative&apos;s id, or --blank.</source>
        <translation>indique el número de la iniciativa, o --blank.</translation>
    </message>
    <message>
        <source>ID is a number.</source>
        <translation>ID es un número.</translation>
    </message>
    <message>
        <source>Rename the process.</source>
        <translation>Cambia el nombre del proceso.</translation>
    </message>
    <message>
        <source>The institution that runs it.</source>
        <translation>La institución que lo conduce.</translation>
    </message>
    <message>
        <source>Start the process with the default stages and criteria.</source>
        <translation>Inicia el proceso con las etapas y los criterios predeterminados.</translation>
    </message>
    <message>
        <source>Show the co-creation process and its stages, or start or rename it.</source>
        <translation>Muestra el proceso de co-creación y sus etapas, o lo inicia o le cambia el nombre.</translation>
    </message>
    <message>
        <source>This event has no co-creation process; importing initiatives or --start begins one.</source>
        <translation>Este evento no tiene un proceso de co-creación; importar iniciativas o --start lo inicia.</translation>
    </message>
    <message>
        <source>%1 initiatives</source>
        <translation>%1 iniciativas</translation>
    </message>
    <message>
        <source>The stage&apos;s name.</source>
        <translation>El nombre de la etapa.</translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD.</source>
        <translation>Primer día, AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>Last day, YYYY-MM-DD.</source>
        <translation>Último día, AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>How it prioritises: scores or dots.</source>
        <translation>Cómo prioriza: scores (puntajes) o dots (puntos).</translation>
    </message>
    <message>
        <source>With dots: how many each participant has.</source>
        <translation>Con puntos: cuántos tiene cada participante.</translation>
    </message>
    <message>
        <source>Add stage N at the end of the process.</source>
        <translation>Agrega la etapa N al final del proceso.</translation>
    </message>
    <message>
        <source>Change a stage of the process: its name, dates, and how it prioritises.</source>
        <translation>Cambia una etapa del proceso: su nombre, sus fechas y cómo prioriza.</translation>
    </message>
    <message>
        <source>The stage&apos;s number.</source>
        <translation>El número de la etapa.</translation>
    </message>
    <message>
        <source>N is a stage number, such as 3.</source>
        <translation>N es un número de etapa, como 3.</translation>
    </message>
    <message>
        <source>the next stage is %1.</source>
        <translation>la etapa siguiente es la %1.</translation>
    </message>
    <message>
        <source>the process has no stage %1.</source>
        <translation>el proceso no tiene la etapa %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write YYYY-MM-DD.</source>
        <translation>«%1» no es una fecha; escriba AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>--method is scores or dots.</source>
        <translation>--method es scores o dots.</translation>
    </message>
    <message>
        <source>--dots takes a number, 1 or more.</source>
        <translation>--dots lleva un número, 1 o más.</translation>
    </message>
    <message>
        <source>Show, start or rename the co-creation process</source>
        <translation>Muestra, inicia o renombra el proceso de co-creación</translation>
    </message>
    <message>
        <source>Change a stage of the process</source>
        <translation>Cambia una etapa del proceso</translation>
    </message>
    <message>
        <source>Import fichas (initiatives) from a list</source>
        <translation>Importa fichas (iniciativas) de una lista</translation>
    </message>
    <message>
        <source>List the initiatives with status, score and rank</source>
        <translation>Lista las iniciativas con estado, puntaje y puesto</translation>
    </message>
    <message>
        <source>List the prioritisation criteria</source>
        <translation>Lista los criterios de priorización</translation>
    </message>
    <message>
        <source>Add a prioritisation criterion</source>
        <translation>Agrega un criterio de priorización</translation>
    </message>
    <message>
        <source>Score an initiative on a criterion, 1 to 5</source>
        <translation>Puntúa una iniciativa en un criterio, de 1 a 5</translation>
    </message>
    <message>
        <source>Give an initiative dots</source>
        <translation>Da puntos a una iniciativa</translation>
    </message>
    <message>
        <source>Advance initiatives to the next stage</source>
        <translation>Avanza iniciativas a la etapa siguiente</translation>
    </message>
    <message>
        <source>Merge one initiative into another</source>
        <translation>Fusiona una iniciativa con otra</translation>
    </message>
    <message>
        <source>Select the initiatives that become commitments</source>
        <translation>Selecciona las iniciativas que se convierten en compromisos</translation>
    </message>
    <message>
        <source>Trace a commitment back to its ficha</source>
        <translation>Sigue un compromiso hasta su ficha</translation>
    </message>
    <message>
        <source>Print the reasoned response to PDF</source>
        <translation>Imprime la respuesta razonada en PDF</translation>
    </message>
    <message>
        <source>Print a ficha, or the blank form, to PDF</source>
        <translation>Imprime una ficha, o el formulario en blanco, en PDF</translation>
    </message>
    <message>
        <source>Minutes of meeting %1, version %2: %3</source>
        <translation>Acta de la reunión %1, versión %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n attendees</source>
        <translation>
            <numerusform>%n asistente</numerusform>
            <numerusform>%n asistentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items in the tabla</source>
        <translation>
            <numerusform>%n punto en la tabla</numerusform>
            <numerusform>%n puntos en la tabla</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreements</source>
        <translation>
            <numerusform>%n acuerdo</numerusform>
            <numerusform>%n acuerdos</numerusform>
        </translation>
    </message>
    <message>
        <source>Act on this meeting of the process (see meetings); the workshop by default.</source>
        <translation>Actúa sobre esta reunión del proceso (vea meetings); el taller por omisión.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a meeting id.</source>
        <translation>«%1» no es un id de reunión.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not %2.</source>
        <translation>«%1» no es %2.</translation>
    </message>
    <message>
        <source>The stage of the process (1, 2, …).</source>
        <translation>La etapa del proceso (1, 2, …).</translation>
    </message>
    <message>
        <source>The meeting&apos;s title.</source>
        <translation>El título de la reunión.</translation>
    </message>
    <message>
        <source>Its date, YYYY-MM-DD.</source>
        <translation>Su fecha, AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>When it starts, HH:MM.</source>
        <translation>Cuándo empieza, HH:MM.</translation>
    </message>
    <message>
        <source>When it ends, HH:MM.</source>
        <translation>Cuándo termina, HH:MM.</translation>
    </message>
    <message>
        <source>Where it is held.</source>
        <translation>Dónde se realiza.</translation>
    </message>
    <message>
        <source>The organisation it is held with (a Gerencia): its signed minutes count on the board.</source>
        <translation>La organización con la que se realiza (una Gerencia): su acta firmada cuenta en el tablero.</translation>
    </message>
    <message>
        <source>List the meetings of the process: the workshop (meeting 1) and the others.</source>
        <translation>Lista las reuniones del proceso: el taller (reunión 1) y las demás.</translation>
    </message>
    <message>
        <source>workshop or meeting.</source>
        <translation>workshop (taller) o meeting (reunión).</translation>
    </message>
    <message>
        <source>Add a meeting to the process; prints its id.</source>
        <translation>Añade una reunión al proceso; imprime su id.</translation>
    </message>
    <message>
        <source>--kind is workshop or meeting, not &quot;%1&quot;.</source>
        <translation>--kind es workshop o meeting, no «%1».</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 es obligatorio.</translation>
    </message>
    <message>
        <source>Change a meeting&apos;s stage, title, date, times, place or organisation.</source>
        <translation>Cambia la etapa, el título, la fecha, las horas, el lugar o la organización de una reunión.</translation>
    </message>
    <message>
        <source>The meeting.</source>
        <translation>La reunión.</translation>
    </message>
    <message>
        <source>a meeting id</source>
        <translation>un id de reunión</translation>
    </message>
    <message>
        <source>--meeting is required: the meeting it belongs to (see meetings).</source>
        <translation>--meeting es obligatorio: la reunión a la que pertenece (vea meetings).</translation>
    </message>
    <message>
        <source>The item of the tabla.</source>
        <translation>El punto de la tabla.</translation>
    </message>
    <message>
        <source>What was discussed under it (desarrollo).</source>
        <translation>Lo que se trató en él (desarrollo).</translation>
    </message>
    <message>
        <source>Add an item to a meeting&apos;s tabla, with its desarrollo; prints its id.</source>
        <translation>Añade un punto a la tabla de una reunión, con su desarrollo; imprime su id.</translation>
    </message>
    <message>
        <source>--title is required.</source>
        <translation>--title es obligatorio.</translation>
    </message>
    <message>
        <source>Change an item of the tabla or its desarrollo.</source>
        <translation>Cambia un punto de la tabla o su desarrollo.</translation>
    </message>
    <message>
        <source>The item.</source>
        <translation>El punto.</translation>
    </message>
    <message>
        <source>an item id</source>
        <translation>un id de punto</translation>
    </message>
    <message>
        <source>There is no item %1 in any tabla.</source>
        <translation>No existe el punto %1 en ninguna tabla.</translation>
    </message>
    <message>
        <source>What was agreed.</source>
        <translation>Lo acordado.</translation>
    </message>
    <message>
        <source>Who carries it out: a person or an organisation.</source>
        <translation>Quién lo cumple: una persona o una organización.</translation>
    </message>
    <message>
        <source>By when: a date YYYY-MM-DD, or words such as &quot;A la brevedad&quot;.</source>
        <translation>Para cuándo: una fecha AAAA-MM-DD, o palabras como «A la brevedad».</translation>
    </message>
    <message>
        <source>Add an agreement to a meeting&apos;s minutes; prints its id.</source>
        <translation>Añade un acuerdo al acta de una reunión; imprime su id.</translation>
    </message>
    <message>
        <source>The evidence that it was done.</source>
        <translation>La evidencia de que se cumplió.</translation>
    </message>
    <message>
        <source>When it was done, YYYY-MM-DD (today by default).</source>
        <translation>Cuándo se cumplió, AAAA-MM-DD (hoy por omisión).</translation>
    </message>
    <message>
        <source>Mark it open again instead.</source>
        <translation>Lo marca de nuevo como pendiente.</translation>
    </message>
    <message>
        <source>Mark an agreement as done (with --meeting, the meeting that reviewed it).</source>
        <translation>Marca un acuerdo como cumplido (con --meeting, la reunión que lo revisó).</translation>
    </message>
    <message>
        <source>The agreement.</source>
        <translation>El acuerdo.</translation>
    </message>
    <message>
        <source>an agreement id</source>
        <translation>un id de acuerdo</translation>
    </message>
    <message>
        <source>Only those not done yet (open and overdue).</source>
        <translation>Solo los aún no cumplidos (pendientes y vencidos).</translation>
    </message>
    <message>
        <source>List every agreement of every meeting (or of --meeting) with its status: open, done or overdue.</source>
        <translation>Lista todos los acuerdos de todas las reuniones (o de --meeting) con su estado: pendiente, cumplido o vencido.</translation>
    </message>
    <message>
        <source>meeting %1</source>
        <translation>reunión %1</translation>
    </message>
    <message>
        <source>Only this stage.</source>
        <translation>Solo esta etapa.</translation>
    </message>
    <message>
        <source>Show the board of deliverables: what each organisation has delivered and owes.</source>
        <translation>Muestra el tablero de entregables: lo que cada organización entregó y adeuda.</translation>
    </message>
    <message>
        <source>No organisations take part yet: add them with &quot;organisation add&quot;, or import their fichas.</source>
        <translation>Aún no participa ninguna organización: añádalas con «organisation add» o importe sus fichas.</translation>
    </message>
    <message>
        <source>Add an organisation (a Gerencia) to the process: it gets a row on the board.</source>
        <translation>Añade una organización (una Gerencia) al proceso: tendrá una fila en el tablero.</translation>
    </message>
    <message>
        <source>The organisation.</source>
        <translation>La organización.</translation>
    </message>
    <message>
        <source>The stage it is owed at.</source>
        <translation>La etapa en que se debe.</translation>
    </message>
    <message>
        <source>What is owed.</source>
        <translation>Lo que se debe.</translation>
    </message>
    <message>
        <source>How many each organisation owes (1 by default).</source>
        <translation>Cuántos debe cada organización (1 por omisión).</translation>
    </message>
    <message>
        <source>Add a deliverable each organisation owes at a stage, ticked by hand; prints its id.</source>
        <translation>Añade un entregable que cada organización debe en una etapa, marcado a mano; imprime su id.</translation>
    </message>
    <message>
        <source>--stage and --name are required.</source>
        <translation>--stage y --name son obligatorios.</translation>
    </message>
    <message>
        <source>Who delivered it.</source>
        <translation>Quién lo entregó.</translation>
    </message>
    <message>
        <source>How many were received in all (all that are owed by default).</source>
        <translation>Cuántos se recibieron en total (todos los debidos por omisión).</translation>
    </message>
    <message>
        <source>When, YYYY-MM-DD (today by default).</source>
        <translation>Cuándo, AAAA-MM-DD (hoy por omisión).</translation>
    </message>
    <message>
        <source>A note (the document&apos;s number, who brought it).</source>
        <translation>Una nota (el número del documento, quién lo trajo).</translation>
    </message>
    <message>
        <source>Tick a deliverable as received from an organisation.</source>
        <translation>Marca un entregable como recibido de una organización.</translation>
    </message>
    <message>
        <source>The deliverable (see board --json).</source>
        <translation>El entregable (vea board --json).</translation>
    </message>
    <message>
        <source>a deliverable id</source>
        <translation>un id de entregable</translation>
    </message>
    <message>
        <source>--organisation is required.</source>
        <translation>--organisation es obligatorio.</translation>
    </message>
    <message>
        <source>Print, per organisation, what it still owes.</source>
        <translation>Imprime, por organización, lo que aún adeuda.</translation>
    </message>
    <message>
        <source>Print the board of deliverables.</source>
        <translation>Imprime el tablero de entregables.</translation>
    </message>
    <message>
        <source>Write what the OGP repository should publish into a new folder: every closed acta and minutes (PDF/A), the reasoned response, attendance by meeting and sector, initiatives and commitments (.xlsx and CSV) and an index.</source>
        <translation>Escribe en una carpeta nueva lo que debe publicar el repositorio OGP: cada acta cerrada (PDF/A), la respuesta razonada, la asistencia por reunión y sector, las iniciativas y los compromisos (.xlsx y CSV) y un índice.</translation>
    </message>
    <message>
        <source>The folder to make.</source>
        <translation>La carpeta a crear.</translation>
    </message>
    <message>
        <source>Wrote %1 files into %2.</source>
        <translation>Se escribieron %1 archivos en %2.</translation>
    </message>
    <message>
        <source>List the meetings of the process</source>
        <translation>Lista las reuniones del proceso</translation>
    </message>
    <message>
        <source>Add a meeting to a stage of the process</source>
        <translation>Añade una reunión a una etapa del proceso</translation>
    </message>
    <message>
        <source>Change a meeting&apos;s details</source>
        <translation>Cambia los datos de una reunión</translation>
    </message>
    <message>
        <source>Add an item to a meeting&apos;s tabla</source>
        <translation>Añade un punto a la tabla de una reunión</translation>
    </message>
    <message>
        <source>Change an item of a tabla or its desarrollo</source>
        <translation>Cambia un punto de una tabla o su desarrollo</translation>
    </message>
    <message>
        <source>Add an agreement to a meeting&apos;s minutes</source>
        <translation>Añade un acuerdo al acta de una reunión</translation>
    </message>
    <message>
        <source>Mark an agreement as done</source>
        <translation>Marca un acuerdo como cumplido</translation>
    </message>
    <message>
        <source>List every agreement: open, done, overdue</source>
        <translation>Lista todos los acuerdos: pendientes, cumplidos, vencidos</translation>
    </message>
    <message>
        <source>Show the board of deliverables</source>
        <translation>Muestra el tablero de entregables</translation>
    </message>
    <message>
        <source>Add an organisation to the process</source>
        <translation>Añade una organización al proceso</translation>
    </message>
    <message>
        <source>Add a deliverable owed at a stage</source>
        <translation>Añade un entregable debido en una etapa</translation>
    </message>
    <message>
        <source>Tick a deliverable as received</source>
        <translation>Marca un entregable como recibido</translation>
    </message>
    <message>
        <source>Print the board of deliverables to PDF</source>
        <translation>Imprime el tablero de entregables en PDF</translation>
    </message>
    <message>
        <source>Print what each organisation still owes</source>
        <translation>Imprime lo que cada organización aún adeuda</translation>
    </message>
    <message>
        <source>Write the OGP repository bundle into a folder</source>
        <translation>Escribe el paquete para el repositorio OGP en una carpeta</translation>
    </message>
    <message>
        <source>Write every initiative, its fate and its ficha to .xlsx or CSV for open-data publication (CSV: UTF-8, &quot;;&quot; between fields).</source>
        <translation>Escribe cada iniciativa, su destino y su ficha en .xlsx o CSV para publicarlos como datos abiertos (CSV: UTF-8, «;» entre campos).</translation>
    </message>
    <message>
        <source>The .xlsx or .csv file to write.</source>
        <translation>El archivo .xlsx o .csv a escribir.</translation>
    </message>
    <message>
        <source>Write the initiatives to .xlsx or CSV</source>
        <translation>Escribe las iniciativas en .xlsx o CSV</translation>
    </message>
    <message>
        <source>Remove a meeting added by mistake, with its tabla, agreements and draft minutes.</source>
        <translation>Elimina una reunión añadida por error, con su tabla, sus acuerdos y su acta en borrador.</translation>
    </message>
    <message>
        <source>Remove a meeting added by mistake</source>
        <translation>Elimina una reunión añadida por error</translation>
    </message>
    <message>
        <source>--%1 takes %2, not &quot;%3&quot;.</source>
        <translation>--%1 recibe %2, no «%3».</translation>
    </message>
    <message>
        <source>a whole number of at least %1</source>
        <translation>un número entero de al menos %1</translation>
    </message>
    <message>
        <source>a date as YYYY-MM-DD</source>
        <translation>una fecha AAAA-MM-DD</translation>
    </message>
    <message>
        <source>a time as HH:MM</source>
        <translation>una hora HH:MM</translation>
    </message>
    <message>
        <source>--mesa is the workshop&apos;s: it takes no --meeting.</source>
        <translation>--mesa es del taller: no admite --meeting.</translation>
    </message>
    <message>
        <source>--reopen takes no --note, --date or --meeting: it marks the agreement open again.</source>
        <translation>--reopen no admite --note, --date ni --meeting: vuelve a marcar el acuerdo como abierto.</translation>
    </message>
    <message>
        <source>The new text of this field.</source>
        <translation>El nuevo texto de este campo.</translation>
    </message>
    <message>
        <source>Change a commitment&apos;s text in the plenary: it is then recorded as amended in plenary, as on the Plenaria page.</source>
        <translation>Cambia el texto de un compromiso en la plenaria: queda registrado como modificado en plenaria, como en la página Plenaria.</translation>
    </message>
    <message>
        <source>There is no commitment %1.</source>
        <translation>No existe el compromiso %1.</translation>
    </message>
    <message>
        <source>Commitment %1 &quot;%2&quot;: %3.</source>
        <translation>Compromiso %1 «%2»: %3.</translation>
    </message>
    <message>
        <source>Change a commitment&apos;s text in the plenary (amended in plenary)</source>
        <translation>Cambiar el texto de un compromiso en la plenaria (modificado en plenaria)</translation>
    </message>
    <message>
        <source>no version in this file has the fingerprint given (%1): the paper is of a version removed from the file, or of another acta</source>
        <translation>ninguna versión de este archivo tiene la huella indicada (%1): el papel es de una versión quitada del archivo, o de otra acta</translation>
    </message>
    <message>
        <source>version in force: %1 of %2 — compare its fingerprint with the one on the paper or in the published index</source>
        <translation>versión en vigor: %1 de %2 — compare su huella con la del papel o la del índice publicado</translation>
    </message>
    <message>
        <source>The line that names the columns (found in the first rows by default).</source>
        <translation>La línea que nombra las columnas (por omisión se busca en las primeras filas).</translation>
    </message>
    <message>
        <source>Sign the PDF with this certificate and its key (PKCS#12: .p12 or .pfx).</source>
        <translation>Firmar el PDF con este certificado y su clave (PKCS#12: .p12 o .pfx).</translation>
    </message>
    <message>
        <source>Read the certificate&apos;s password from the first line of this file (otherwise it is asked on the terminal).</source>
        <translation>Leer la contraseña del certificado de la primera línea de este archivo (si no, se pregunta en la terminal).</translation>
    </message>
    <message>
        <source>--password-file goes with --sign.</source>
        <translation>--password-file va con --sign.</translation>
    </message>
    <message>
        <source>The password file %1 cannot be read: %2</source>
        <translation>No se puede leer el archivo de contraseña %1: %2</translation>
    </message>
    <message>
        <source>Password of %1: </source>
        <translation>Contraseña de %1: </translation>
    </message>
    <message>
        <source>The institution&apos;s private key file (made by &quot;key new&quot;), or its certificate and key (CERT.p12 or .pfx), that seals the acta.</source>
        <translation>El archivo de clave privada de la institución (hecho con «key new»), o su certificado y clave (CERT.p12 o .pfx), que sella el acta.</translation>
    </message>
    <message>
        <source>With --seal CERT.p12: read its password from the first line of this file (otherwise it is asked on the terminal).</source>
        <translation>Con --seal CERT.p12: leer su contraseña de la primera línea de este archivo (si no, se pregunta en la terminal).</translation>
    </message>
    <message>
        <source>--password-file goes with --seal CERT.p12.</source>
        <translation>--password-file va con --seal CERT.p12.</translation>
    </message>
    <message>
        <source>The sealing certificate, or its issuer&apos;s (PEM): the acta must be sealed with a certificate it vouches for, and every version and signature with that certificate.</source>
        <translation>El certificado de sellado, o el de su emisor (PEM): el acta debe estar sellada con un certificado que este respalde, y cada versión y firma con ese certificado.</translation>
    </message>
    <message>
        <source>give --public-key or --certificate, not both.</source>
        <translation>indique --public-key o --certificate, no ambos.</translation>
    </message>
    <message>
        <source>Sealed with the certificate %1 (give --certificate with its issuer&apos;s to check it is the institution&apos;s).</source>
        <translation>Sellada con el certificado %1 (indique --certificate con el de su emisor para comprobar que es el de la institución).</translation>
    </message>
    <message>
        <source>No hub is serving %1 now: start one with `taller-abierto-cli serve` or Archivo → Compartir en la red local.</source>
        <translation>Ningún centro comparte %1 ahora: inicie uno con `taller-abierto-cli serve` o Archivo → Compartir en la red local.</translation>
    </message>
    <message>
        <source>paired</source>
        <translation>emparejado</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirado</translation>
    </message>
    <message>
        <source>Address to listen on (every address when not given).</source>
        <translation>Dirección en la que escuchar (todas si no se indica).</translation>
    </message>
    <message>
        <source>Port to listen on (%1 when not given; 0: any free port).</source>
        <translation>Puerto en el que escuchar (%1 si no se indica; 0: cualquiera libre).</translation>
    </message>
    <message>
        <source>Share the event with the team&apos;s other devices over the local network, until stopped (Ctrl+C). With --json the first line is {url, fingerprint, pairing}.</source>
        <translation>Comparte el evento con los demás equipos por la red local, hasta que se detenga (Ctrl+C). Con --json la primera línea es {url, fingerprint, pairing}.</translation>
    </message>
    <message>
        <source>%1 is a desk&apos;s copy of another hub&apos;s event; share the hub&apos;s own file.</source>
        <translation>%1 es la copia de una mesa de registro del evento de otro centro; comparta el archivo del propio centro.</translation>
    </message>
    <message>
        <source>--bind: %1 is not an IP address.</source>
        <translation>--bind: %1 no es una dirección IP.</translation>
    </message>
    <message>
        <source>--port: %1 is not a port number.</source>
        <translation>--port: %1 no es un número de puerto.</translation>
    </message>
    <message>
        <source>Sharing %1 at %2</source>
        <translation>Compartiendo %1 en %2</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256): %1</source>
        <translation>Huella del certificado (SHA-256): %1</translation>
    </message>
    <message>
        <source>Pairing code (serves one device, once):</source>
        <translation>Código de emparejamiento (sirve para un equipo, una vez):</translation>
    </message>
    <message>
        <source>Stop with Ctrl+C.</source>
        <translation>Detenga con Ctrl+C.</translation>
    </message>
    <message>
        <source>Cannot watch for Ctrl+C.</source>
        <translation>No se puede vigilar Ctrl+C.</translation>
    </message>
    <message>
        <source>Stopped sharing.</source>
        <translation>Se dejó de compartir.</translation>
    </message>
    <message>
        <source>Print a fresh pairing code for the hub serving the event: one device joins with it, once.</source>
        <translation>Muestra un código de emparejamiento nuevo del centro que comparte el evento: con él se une un equipo, una vez.</translation>
    </message>
    <message>
        <source>List the devices paired with the event&apos;s hub.</source>
        <translation>Lista los equipos emparejados con el centro del evento.</translation>
    </message>
    <message>
        <source>No device has joined this event.</source>
        <translation>Ningún equipo se ha unido a este evento.</translation>
    </message>
    <message>
        <source>changes sent: %1</source>
        <translation>cambios enviados: %1</translation>
    </message>
    <message>
        <source>Withdraw a device from the event&apos;s hub: it is refused from then on.</source>
        <translation>Retira un equipo del centro del evento: desde entonces se le rechaza.</translation>
    </message>
    <message>
        <source>The device&apos;s number, as `devices` lists it.</source>
        <translation>El número del equipo, como lo lista `devices`.</translation>
    </message>
    <message>
        <source>%1 is not a device number; `devices` lists them.</source>
        <translation>%1 no es un número de equipo; `devices` los lista.</translation>
    </message>
    <message>
        <source>Withdrew %1 (device %2).</source>
        <translation>Se retiró %1 (equipo %2).</translation>
    </message>
    <message>
        <source>This desk&apos;s name, as the team will see it (this computer&apos;s name when not given).</source>
        <translation>El nombre de esta mesa de registro, como lo verá el equipo de trabajo (el nombre de esta computadora si no se indica).</translation>
    </message>
    <message>
        <source>Join the hub a pairing code names: makes LOCAL.taller, this desk&apos;s copy of the event, bound to the hub.</source>
        <translation>Se une al centro que indica un código de emparejamiento: crea LOCAL.taller, la copia del evento de esta mesa de registro, ligada al centro.</translation>
    </message>
    <message>
        <source>The pairing code the hub shows (taller://…).</source>
        <translation>El código de emparejamiento que muestra el centro (taller://…).</translation>
    </message>
    <message>
        <source>The new file for this desk&apos;s copy.</source>
        <translation>El archivo nuevo para la copia de esta mesa de registro.</translation>
    </message>
    <message>
        <source>Joined the hub at %1 as &quot;%2&quot;; this desk&apos;s copy is %3.</source>
        <translation>Unido al centro en %1 como «%2»; la copia de esta mesa de registro es %3.</translation>
    </message>
    <message>
        <source>Seconds to wait for the hub (10 when not given).</source>
        <translation>Segundos de espera al centro (10 si no se indica).</translation>
    </message>
    <message>
        <source>Send this desk&apos;s changes to its hub and take in the hub&apos;s: sent, received, and what is still queued.</source>
        <translation>Envía los cambios de esta mesa de registro a su centro y recibe los del centro: enviados, recibidos y los que siguen en espera.</translation>
    </message>
    <message>
        <source>Sent %1, received %2, still queued %3.</source>
        <translation>Enviados %1, recibidos %2, en espera %3.</translation>
    </message>
    <message>
        <source>Desk &quot;%1&quot;, a copy of the hub at %2; changes waiting to be sent: %3</source>
        <translation>Mesa de registro «%1», copia del centro en %2; cambios por enviar: %3</translation>
    </message>
    <message>
        <source>Share the event with the team&apos;s devices on the local network</source>
        <translation>Comparte el evento con los equipos por la red local</translation>
    </message>
    <message>
        <source>Print a fresh pairing code while the event is shared</source>
        <translation>Muestra un código de emparejamiento nuevo mientras se comparte</translation>
    </message>
    <message>
        <source>List the devices paired with the event</source>
        <translation>Lista los equipos emparejados con el evento</translation>
    </message>
    <message>
        <source>Withdraw a paired device</source>
        <translation>Retira un equipo emparejado</translation>
    </message>
    <message>
        <source>Join a shared event: make this desk&apos;s copy</source>
        <translation>Se une a un evento compartido: crea la copia de esta mesa de registro</translation>
    </message>
    <message>
        <source>Send a desk&apos;s changes to its hub and take in the hub&apos;s</source>
        <translation>Envía los cambios de una mesa de registro a su centro y recibe los del centro</translation>
    </message>
    <message numerus="yes">
        <source>%n merged or withdrawn by the plenary</source>
        <translation>
            <numerusform>%n fusionado o retirado por la plenaria</numerusform>
            <numerusform>%n fusionados o retirados por la plenaria</numerusform>
        </translation>
    </message>
    <message>
        <source>merged into %1</source>
        <translation>fusionado en %1</translation>
    </message>
    <message>
        <source>Mesa %1&apos;s page: %2</source>
        <translation>Página de la mesa %1: %2</translation>
    </message>
    <message>
        <source>Projector: %1</source>
        <translation>Proyector: %1</translation>
    </message>
    <message>
        <source>List the links of the mesas&apos; pages and the projector while the event is shared.</source>
        <translation>Lista los enlaces de las páginas de las mesas y del proyector mientras se comparte el evento.</translation>
    </message>
    <message>
        <source>Replace a mesa&apos;s page link (or the projector&apos;s) with a new one: the old link opens nothing from then on.</source>
        <translation>Reemplaza el enlace de la página de una mesa (o del proyector) por uno nuevo: desde entonces el enlace anterior no abre nada.</translation>
    </message>
    <message>
        <source>The mesa&apos;s code, such as M1, or &quot;projector&quot;.</source>
        <translation>El código de la mesa, como M1, o «projector».</translation>
    </message>
    <message>
        <source>The old link opens nothing now. New link: %1</source>
        <translation>El enlace anterior ya no abre nada. Enlace nuevo: %1</translation>
    </message>
    <message>
        <source>The links of the mesas&apos; pages and the projector</source>
        <translation>Muestra los enlaces de las páginas de las mesas y del proyector</translation>
    </message>
    <message>
        <source>Replace a mesa&apos;s page link with a new one</source>
        <translation>Reemplaza el enlace de la página de una mesa por uno nuevo</translation>
    </message>
    <message>
        <source>Take back this mesa&apos;s commitments typed into a copy of this event (made with backup): a commitment changed both here and in the copy is named, not overwritten.</source>
        <translation>Toma los compromisos de esta mesa escritos en una copia de este evento (hecha con backup): un compromiso cambiado aquí y en la copia se nombra, no se sobrescribe.</translation>
    </message>
    <message>
        <source>added %1, updated %2, unchanged %3, conflicts %4</source>
        <translation>agregados %1, actualizados %2, sin cambios %3, conflictos %4</translation>
    </message>
</context>
<context>
    <name>taller::migrations</name>
    <message>
        <source>Could not upgrade the event file to schema version %1: %2</source>
        <translation>No se pudo actualizar el archivo del evento al formato %1: %2</translation>
    </message>
</context>
<context>
    <name>taller::InitiativeRepository</name>
    <message>
        <source>An initiative needs the name of its activity.</source>
        <translation>Una iniciativa necesita el nombre de su actividad.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>«%1»: %2</translation>
    </message>
</context>
<context>
    <name>taller::ScoringRepository</name>
    <message>
        <source>Say who scores (a mesa or a person).</source>
        <translation>Indique quién puntúa (una mesa o una persona).</translation>
    </message>
    <message>
        <source>A score is from 1 to 5; %1 is not.</source>
        <translation>Un puntaje va de 1 a 5; %1 no lo es.</translation>
    </message>
    <message>
        <source>There is no initiative %1.</source>
        <translation>No hay una iniciativa %1.</translation>
    </message>
    <message>
        <source>Stage %1 prioritises by dot voting; give dots instead.</source>
        <translation>La etapa %1 prioriza por votación con puntos; dé puntos en su lugar.</translation>
    </message>
    <message>
        <source>Say who votes (a mesa or a person).</source>
        <translation>Indique quién vota (una mesa o una persona).</translation>
    </message>
    <message>
        <source>Dots cannot be fewer than zero.</source>
        <translation>Los puntos no pueden ser menos de cero.</translation>
    </message>
    <message>
        <source>Stage %1 prioritises by weighted criteria; give scores instead.</source>
        <translation>La etapa %1 prioriza por criterios ponderados; dé puntajes en su lugar.</translation>
    </message>
    <message>
        <source>%1 has %2 dots at this stage and has already given %3.</source>
        <translation>%1 tiene %2 puntos en esta etapa y ya dio %3.</translation>
    </message>
    <message>
        <source>Initiative %1 is %2; %3.</source>
        <translation>La iniciativa %1 está %2; %3.</translation>
    </message>
    <message>
        <source>it is no longer scored</source>
        <translation>ya no se puntúa</translation>
    </message>
    <message>
        <source>it is no longer voted on</source>
        <translation>ya no se vota</translation>
    </message>
    <message>
        <source>There is no criterion %1.</source>
        <translation>No hay un criterio %1.</translation>
    </message>
</context>
<context>
    <name>taller::InitiativeDecisionRepository</name>
    <message>
        <source>The process has no stage %1.</source>
        <translation>El proceso no tiene la etapa %1.</translation>
    </message>
    <message>
        <source>No initiative is competing at stage %1 to advance to stage %2.</source>
        <translation>Ninguna iniciativa compite en la etapa %1 para avanzar a la etapa %2.</translation>
    </message>
    <message>
        <source>Initiative %1 is not competing at stage %2.</source>
        <translation>La iniciativa %1 no compite en la etapa %2.</translation>
    </message>
    <message>
        <source>An initiative cannot be merged into itself.</source>
        <translation>Una iniciativa no puede fusionarse consigo misma.</translation>
    </message>
    <message>
        <source>Only initiatives still competing can be merged.</source>
        <translation>Solo se pueden fusionar iniciativas que siguen en competencia.</translation>
    </message>
    <message>
        <source>merged into %1 &quot;%2&quot;</source>
        <translation>fusionada con %1 «%2»</translation>
    </message>
    <message>
        <source>Choose at least one initiative.</source>
        <translation>Elija al menos una iniciativa.</translation>
    </message>
    <message>
        <source>Initiative %1 is %2; only initiatives still competing can be selected.</source>
        <translation>La iniciativa %1 está en estado «%2»; solo se pueden seleccionar iniciativas que siguen en competencia.</translation>
    </message>
    <message>
        <source>Expected results: %1</source>
        <translation>Resultados esperados: %1</translation>
    </message>
    <message>
        <source>Ficha %1 (%2)</source>
        <translation>Ficha %1 (%2)</translation>
    </message>
    <message>
        <source>not selected; %1</source>
        <translation>no seleccionada; %1</translation>
    </message>
    <message>
        <source>Nothing to undo: those decisions are no longer in the file.</source>
        <translation>Nada que deshacer: esas decisiones ya no están en el archivo.</translation>
    </message>
    <message>
        <source>Initiative %1 was decided on again since; undo that first.</source>
        <translation>Sobre la iniciativa %1 se decidió de nuevo después; deshaga eso primero.</translation>
    </message>
    <message>
        <source>There is no commitment %1.</source>
        <translation>No hay un compromiso %1.</translation>
    </message>
    <message>
        <source>Commitment %1 did not come from a ficha of the process.</source>
        <translation>El compromiso %1 no proviene de una ficha del proceso.</translation>
    </message>
    <message>
        <source>Commitment %1 — %2</source>
        <translation>Compromiso %1 — %2</translation>
    </message>
    <message>
        <source>In the Acta de Compromisos, version %1 (fingerprint %2)</source>
        <translation>En el Acta de Compromisos, versión %1 (huella %2)</translation>
    </message>
    <message>
        <source>%1 of %2 signatories signed</source>
        <translation>firmaron %1 de %2 firmantes</translation>
    </message>
    <message>
        <source>There is no initiative %1.</source>
        <translation>No hay una iniciativa %1.</translation>
    </message>
</context>
<context>
    <name>taller::ActaFreeze</name>
    <message>
        <source>Version %1 of the acta is closed for signature, so %2 cannot change. Open a correction (a new version) to change it.</source>
        <translation>La versión %1 del acta está cerrada para firma, así que %2 no puede cambiar. Abra una corrección (una nueva versión) para cambiarlo.</translation>
    </message>
</context>
<context>
    <name>taller::ActaClosing</name>
    <message>
        <source>Version %1 of the acta is still a draft: edit it directly.</source>
        <translation>La versión %1 del acta todavía es borrador: modifíquela directamente.</translation>
    </message>
    <message>
        <source>Say why the acta is being corrected; the new version records it.</source>
        <translation>Indique por qué se corrige el acta; la nueva versión lo registra.</translation>
    </message>
    <message>
        <source>Version %1 of the acta is sealed with the key %2: a signature is recorded only with that key (choose it in the preferences, or give --seal KEYFILE).</source>
        <translation>La versión %1 del acta está sellada con la clave %2: una firma se registra solo con esa clave (elíjala en las preferencias o indique --seal ARCHIVO_CLAVE).</translation>
    </message>
    <message>
        <source>Version %1 of the acta was closed without a seal, so its signatures cannot be sealed.</source>
        <translation>La versión %1 del acta se cerró sin sello, así que sus firmas no pueden sellarse.</translation>
    </message>
    <message>
        <source>Version %1 of the acta is sealed with the key %2, not with %3.</source>
        <translation>La versión %1 del acta está sellada con la clave %2, no con %3.</translation>
    </message>
    <message>
        <source>Close the acta for signature before anyone signs it.</source>
        <translation>Cierre el acta para firma antes de que alguien la firme.</translation>
    </message>
    <message>
        <source>The drawn signature is empty.</source>
        <translation>La firma dibujada está vacía.</translation>
    </message>
    <message>
        <source>%1 signs an earlier version of the acta, not version %2.</source>
        <translation>%1 firma una versión anterior del acta, no la versión %2.</translation>
    </message>
    <message>
        <source>The acta is not closed, so nobody has signed it.</source>
        <translation>El acta no está cerrada, así que nadie la ha firmado.</translation>
    </message>
</context>
<context>
    <name>taller::ActaDraft</name>
    <message>
        <source>Version %1 of the acta is already closed.</source>
        <translation>La versión %1 del acta ya está cerrada.</translation>
    </message>
    <message>
        <source>The acta has no approved commitments yet: decide on them in the plenary first.</source>
        <translation>El acta aún no tiene compromisos aprobados: decídalos primero en la plenaria.</translation>
    </message>
    <message>
        <source>The minutes have no tabla and no agreements yet: write what was discussed and agreed first.</source>
        <translation>El acta aún no tiene tabla ni acuerdos: escriba primero lo que se trató y acordó.</translation>
    </message>
    <message>
        <source>The acta has no signatories yet: add who signs for the government and for civil society.</source>
        <translation>El acta aún no tiene firmantes: agregue quién firma por el gobierno y por la sociedad civil.</translation>
    </message>
    <message>
        <source>Version %1 of the acta was sealed with the key %2: close its correction with the same key.</source>
        <translation>La versión %1 del acta se selló con la clave %2: cierre su corrección con la misma clave.</translation>
    </message>
</context>
<context>
    <name>taller::ActaVerifier</name>
    <message>
        <source>version %1 is not in the file, though version %2 follows it: a version was removed</source>
        <translation>la versión %1 no está en el archivo, aunque le sigue la versión %2: se quitó una versión</translation>
    </message>
    <message>
        <source>signatories</source>
        <translation>firmantes</translation>
    </message>
    <message>
        <source>signature records</source>
        <translation>registros de firma</translation>
    </message>
    <message>
        <source>frozen commitments</source>
        <translation>compromisos congelados</translation>
    </message>
    <message>
        <source>the file holds %1 of version %2, which is not in the file: a version was removed</source>
        <translation>el archivo guarda %1 de la versión %2, que no está en el archivo: se quitó una versión</translation>
    </message>
    <message>
        <source>The acta has not been closed yet, so there is no fingerprint to verify.</source>
        <translation>El acta aún no se ha cerrado, así que no hay huella que verificar.</translation>
    </message>
    <message>
        <source>the versions should be numbered 1 to %1, but version %2 is number %3</source>
        <translation>las versiones deberían numerarse del 1 al %1, pero la versión %2 tiene el número %3</translation>
    </message>
    <message>
        <source>version %1 was never closed, yet a later version exists</source>
        <translation>la versión %1 nunca se cerró, pero existe una versión posterior</translation>
    </message>
    <message>
        <source>version %1 is a draft that carries a closed acta&apos;s text</source>
        <translation>la versión %1 es un borrador que lleva el texto de un acta cerrada</translation>
    </message>
    <message>
        <source>version %1: %2</source>
        <translation>versión %1: %2</translation>
    </message>
    <message>
        <source>its recorded text no longer matches its fingerprint</source>
        <translation>su texto registrado ya no coincide con su huella</translation>
    </message>
    <message>
        <source>its recorded text is not in canonical form</source>
        <translation>su texto registrado no está en forma canónica</translation>
    </message>
    <message>
        <source>the file says its text is in format %1, the text says %2</source>
        <translation>el archivo dice que su texto está en el formato %1; el texto dice %2</translation>
    </message>
    <message>
        <source>the file numbers it %1, its text says version %2</source>
        <translation>el archivo la numera %1; su texto dice versión %2</translation>
    </message>
    <message>
        <source>the file says it replaces %1, its text says %2</source>
        <translation>el archivo dice que reemplaza a %1; su texto dice %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>the reason for the correction differs from its text</source>
        <translation>el motivo de la corrección difiere de su texto</translation>
    </message>
    <message>
        <source>the preamble differs from its text</source>
        <translation>el preámbulo difiere de su texto</translation>
    </message>
    <message>
        <source>the closing text differs from its text</source>
        <translation>el texto de cierre difiere de su texto</translation>
    </message>
    <message>
        <source>closed at %1 according to its text, the file says %2</source>
        <translation>cerrada el %1 según su texto; el archivo dice %2</translation>
    </message>
    <message>
        <source>it should replace version %1</source>
        <translation>debería reemplazar a la versión %1</translation>
    </message>
    <message>
        <source>the first version replaces none</source>
        <translation>la primera versión no reemplaza a ninguna</translation>
    </message>
    <message>
        <source>the fingerprint of the version it replaces is not version %1&apos;s</source>
        <translation>la huella de la versión que reemplaza no es la de la versión %1</translation>
    </message>
    <message>
        <source>its text names the sealing key &quot;%1&quot;, the file holds &quot;%2&quot;</source>
        <translation>su texto nombra la clave de sellado «%1»; el archivo guarda «%2»</translation>
    </message>
    <message>
        <source>its seal does not match its text</source>
        <translation>su sello no coincide con su texto</translation>
    </message>
    <message>
        <source>it is not sealed, though version %1 was</source>
        <translation>no está sellada, aunque la versión %1 sí lo estaba</translation>
    </message>
    <message>
        <source>it is not sealed, so the key %1 cannot vouch for it</source>
        <translation>no está sellada, así que la clave %1 no puede responder por ella</translation>
    </message>
    <message>
        <source>it was not sealed by the key %1</source>
        <translation>no fue sellada con la clave %1</translation>
    </message>
    <message>
        <source>it froze commitments %1; the file now lists %2</source>
        <translation>congeló los compromisos %1; el archivo ahora lista %2</translation>
    </message>
    <message>
        <source>signature record %1</source>
        <translation>el registro de firma %1</translation>
    </message>
    <message>
        <source>%1 no longer matches its hash</source>
        <translation>%1 ya no coincide con su hash</translation>
    </message>
    <message>
        <source>%1 is out of sequence: record %2 was expected (one was removed, added or moved)</source>
        <translation>%1 está fuera de secuencia: se esperaba el registro %2 (se quitó, añadió o movió uno)</translation>
    </message>
    <message>
        <source>%1 does not follow the record before it</source>
        <translation>%1 no continúa el registro anterior</translation>
    </message>
    <message>
        <source>%1 belongs to another acta (version %2, fingerprint %3)</source>
        <translation>%1 pertenece a otra acta (versión %2, huella %3)</translation>
    </message>
    <message>
        <source>%1 names signatory %2 but the file says %3</source>
        <translation>%1 nombra al firmante %2, pero el archivo dice %3</translation>
    </message>
    <message>
        <source>%1 is for signatory %2, who is not in the acta</source>
        <translation>%1 es del firmante %2, que no está en el acta</translation>
    </message>
    <message>
        <source>%1 is not sealed, though the acta is</source>
        <translation>%1 no está sellado, aunque el acta sí lo está</translation>
    </message>
    <message>
        <source>%1 was not sealed by the key %2</source>
        <translation>%1 no fue sellado con la clave %2</translation>
    </message>
    <message>
        <source>%1&apos;s seal does not match it</source>
        <translation>el sello de %1 no coincide con él</translation>
    </message>
    <message>
        <source>%1 appears as signed (%2) but no signature was ever recorded</source>
        <translation>%1 figura como firmante (%2), pero nunca se registró su firma</translation>
    </message>
    <message>
        <source>%1 appears as signed (%2) but the signature was cleared</source>
        <translation>%1 figura como firmante (%2), pero su firma se anuló</translation>
    </message>
    <message>
        <source>%1 signed at %2 (%3), but the file no longer shows it</source>
        <translation>%1 firmó a las %2 (%3), pero el archivo ya no lo muestra</translation>
    </message>
    <message>
        <source>%1&apos;s signature: recorded at %2, now %3</source>
        <translation>firma de %1: registrada a las %2, ahora %3</translation>
    </message>
    <message>
        <source>%1&apos;s signature: recorded &quot;%2&quot;, now &quot;%3&quot;</source>
        <translation>firma de %1: registrada «%2», ahora «%3»</translation>
    </message>
    <message>
        <source>%1&apos;s drawn signature is not the one recorded</source>
        <translation>la firma dibujada de %1 no es la registrada</translation>
    </message>
    <message numerus="yes">
        <source>version %1 was closed by an earlier version of the program: %n signature(s) made before this version are not covered by its fingerprint; the paper acta is their proof.</source>
        <translation>
            <numerusform>la versión %1 se cerró con una versión anterior del programa: %n firma hecha antes de esta versión no está cubierta por su huella; el acta en papel es su prueba.</numerusform>
            <numerusform>la versión %1 se cerró con una versión anterior del programa: %n firmas hechas antes de esta versión no están cubiertas por su huella; el acta en papel es su prueba.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>taller::TypedInput</name>
    <message>
        <source>31/12/2026 (day, month, year) or 2026-12-31</source>
        <translation>31/12/2026 (día, mes, año) o 2026-12-31</translation>
    </message>
    <message>
        <source>16:00, 16 or 4 pm</source>
        <translation>16:00, 16 o 4 pm</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as %2.</source>
        <translation>«%1» no es una fecha: escríbala como %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist in the calendar: check the day and the month (a date is written %2).</source>
        <translation>«%1» no existe en el calendario: revise el día y el mes (una fecha se escribe %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time: write it as %2.</source>
        <translation>«%1» no es una hora: escríbala como %2.</translation>
    </message>
</context>
<context>
    <name>taller::SigningCertificate</name>
    <message>
        <source>NSS was set up elsewhere in this process before the signing.</source>
        <translation>NSS ya se había preparado en otra parte de este proceso antes de firmar.</translation>
    </message>
    <message>
        <source>No temporary folder for the signing certificate: %1</source>
        <translation>No hay carpeta temporal para el certificado de firma: %1</translation>
    </message>
    <message>
        <source>NSS could not make its certificate database: %1</source>
        <translation>NSS no pudo crear su base de certificados: %1</translation>
    </message>
    <message>
        <source>The certificate file %1 cannot be read: %2</source>
        <translation>No se puede leer el archivo de certificado %1: %2</translation>
    </message>
    <message>
        <source>The certificate file %1 is empty.</source>
        <translation>El archivo de certificado %1 está vacío.</translation>
    </message>
    <message>
        <source>The certificate file %1 cannot be opened: %2</source>
        <translation>No se puede abrir el archivo de certificado %1: %2</translation>
    </message>
    <message>
        <source>Wrong password for the certificate %1 (or it is not a PKCS#12 file).</source>
        <translation>Contraseña incorrecta para el certificado %1 (o no es un archivo PKCS#12).</translation>
    </message>
    <message>
        <source>The certificate file %1 cannot be read as PKCS#12: %2</source>
        <translation>El archivo de certificado %1 no se puede leer como PKCS#12: %2</translation>
    </message>
    <message>
        <source>The certificate and key in %1 cannot be used: %2</source>
        <translation>No se pueden usar el certificado y la clave de %1: %2</translation>
    </message>
    <message>
        <source>The file %1 holds no certificate with its private key.</source>
        <translation>El archivo %1 no contiene ningún certificado con su clave privada.</translation>
    </message>
    <message>
        <source>The certificate of %1 expired on %2: a signature made with it would not be valid.</source>
        <translation>El certificado de %1 venció el %2: una firma hecha con él no sería válida.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid yet.</source>
        <translation>El certificado de %1 aún no es válido.</translation>
    </message>
    <message>
        <source>The validity dates of the certificate of %1 cannot be read.</source>
        <translation>No se pueden leer las fechas de validez del certificado de %1.</translation>
    </message>
    <message>
        <source>The certificate of %1 does not allow signing: its key usage has neither digitalSignature nor nonRepudiation.</source>
        <translation>El certificado de %1 no permite firmar: su uso de clave no incluye digitalSignature ni nonRepudiation.</translation>
    </message>
</context>
<context>
    <name>taller::PdfSignature</name>
    <message>
        <source>The PDF to sign cannot be read back.</source>
        <translation>No se puede volver a leer el PDF que se va a firmar.</translation>
    </message>
    <message>
        <source>The PDF has no page %1 for the signature.</source>
        <translation>El PDF no tiene página %1 para la firma.</translation>
    </message>
    <message>
        <source>No temporary folder to sign the PDF in: %1</source>
        <translation>No hay carpeta temporal donde firmar el PDF: %1</translation>
    </message>
    <message>
        <source>Poppler could not sign the PDF with the certificate of %1.</source>
        <translation>Poppler no pudo firmar el PDF con el certificado de %1.</translation>
    </message>
    <message>
        <source>The signed PDF cannot be read back: %1</source>
        <translation>No se puede volver a leer el PDF firmado: %1</translation>
    </message>
    <message>
        <source>Poppler did not write the signed PDF.</source>
        <translation>Poppler no escribió el PDF firmado.</translation>
    </message>
</context>
<context>
    <name>taller::ActaService</name>
    <message>
        <source>Version %1 of the acta is not sealed.</source>
        <translation>La versión %1 del acta no está sellada.</translation>
    </message>
    <message>
        <source>Version %1 of the acta is sealed with the key %2, not with a certificate (give --public-key).</source>
        <translation>La versión %1 del acta está sellada con la clave %2, no con un certificado (indique --public-key).</translation>
    </message>
    <message>
        <source>The acta is not closed, so it has no seal.</source>
        <translation>El acta no está cerrada, así que no tiene sello.</translation>
    </message>
</context>
<context>
    <name>taller::Replication</name>
    <message>
        <source>Cannot open the copy of the event</source>
        <translation>No se puede abrir la copia del evento</translation>
    </message>
    <message>
        <source>Cannot prepare the copy of the event</source>
        <translation>No se puede preparar la copia del evento</translation>
    </message>
    <message>
        <source>SQLite could not record the change for the other devices.</source>
        <translation>SQLite no pudo registrar el cambio para los demás equipos.</translation>
    </message>
    <message>
        <source>Cannot read the change for the other devices</source>
        <translation>No se puede leer el cambio para los demás equipos</translation>
    </message>
    <message>
        <source>The event file is not open.</source>
        <translation>El archivo del evento no está abierto.</translation>
    </message>
    <message>
        <source>The changes do not fit this copy: a row of %1 is not as expected (conflict %2).</source>
        <translation>Los cambios no encajan en esta copia: una fila de %1 no es la esperada (conflicto %2).</translation>
    </message>
    <message>
        <source>The changes from the other device do not fit this copy</source>
        <translation>Los cambios del otro equipo no encajan en esta copia</translation>
    </message>
    <message>
        <source>Cannot undo a change of this device</source>
        <translation>No se puede deshacer un cambio de este equipo</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder for the copy of the event: %1</source>
        <translation>No se puede crear una carpeta temporal para la copia del evento: %1</translation>
    </message>
    <message>
        <source>Cannot read the copy of the event: %1</source>
        <translation>No se puede leer la copia del evento: %1</translation>
    </message>
    <message>
        <source>What the hub sent is not an event.</source>
        <translation>Lo que envió el centro no es un evento.</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new name for the copy.</source>
        <translation>%1 ya existe; elija otro nombre para la copia.</translation>
    </message>
    <message>
        <source>A copy cannot be replaced in the middle of a change.</source>
        <translation>Una copia no se puede reemplazar en medio de un cambio.</translation>
    </message>
    <message>
        <source>Cannot read this desk&apos;s records: %1</source>
        <translation>No se pueden leer los registros de esta mesa de registro: %1</translation>
    </message>
    <message>
        <source>Cannot keep this desk&apos;s records</source>
        <translation>No se pueden conservar los registros de esta mesa de registro</translation>
    </message>
    <message>
        <source>Cannot take in the hub&apos;s copy of the event</source>
        <translation>No se puede recibir la copia del evento que envió el centro</translation>
    </message>
</context>
<context>
    <name>taller::HubLedger</name>
    <message>
        <source>Give this device a name the team will recognise (&quot;Mesa de registro 2&quot;).</source>
        <translation>Dé a este equipo un nombre que el equipo de trabajo reconozca («Mesa de registro 2»).</translation>
    </message>
    <message>
        <source>This pairing key is not one the hub gave. Ask for a new one at the hub.</source>
        <translation>Esta clave de emparejamiento no la dio el centro. Pida una nueva en el centro.</translation>
    </message>
    <message>
        <source>This pairing key was already used; each serves once. Ask for a new one at the hub.</source>
        <translation>Esta clave de emparejamiento ya se usó; cada una sirve una sola vez. Pida una nueva en el centro.</translation>
    </message>
    <message>
        <source>This device is not paired with the hub. Join again with a new pairing key.</source>
        <translation>Este equipo no está emparejado con el centro. Únase de nuevo con una clave nueva.</translation>
    </message>
    <message>
        <source>The hub withdrew this device on %1. Ask the facilitator for a new pairing key.</source>
        <translation>El centro retiró este equipo el %1. Pida al facilitador una clave de emparejamiento nueva.</translation>
    </message>
    <message>
        <source>No device %1 is paired with this event.</source>
        <translation>No hay ningún equipo %1 emparejado con este evento.</translation>
    </message>
</context>
<context>
    <name>taller::RemoteOperations</name>
    <message>
        <source>%1 had already arrived (checked in at %2): counted once, this check-in is kept as a repeat.</source>
        <translation>%1 ya había llegado (registrada a las %2): se cuenta una vez; este registro queda como repetido.</translation>
    </message>
    <message>
        <source>%1&apos;s arrival was already undone at another desk.</source>
        <translation>La llegada de %1 ya se había anulado en otra mesa de registro.</translation>
    </message>
    <message>
        <source>No one with document %1 is on the hub&apos;s list; register the person as a walk-in.</source>
        <translation>Nadie con el documento %1 figura en la lista del centro; regístrela como persona sin inscripción previa.</translation>
    </message>
    <message>
        <source>Document %1 was already on the list as %2: one person, the list&apos;s entry stands.</source>
        <translation>El documento %1 ya figuraba en la lista como %2: es una sola persona y queda el registro de la lista.</translation>
    </message>
    <message>
        <source>%1 registered document %2 first, as %3: one person, that entry stands.</source>
        <translation>«%1» registró primero el documento %2, como %3: es una sola persona y queda ese registro.</translation>
    </message>
    <message>
        <source>No one with document %1 is on the hub&apos;s list; the correction was not made.</source>
        <translation>Nadie con el documento %1 figura en la lista del centro; la corrección no se hizo.</translation>
    </message>
    <message>
        <source>The hub does not know this kind of change.</source>
        <translation>El centro no conoce este tipo de cambio.</translation>
    </message>
</context>
<context>
    <name>taller::DeskCopy</name>
    <message>
        <source>This is the copy of desk &quot;%1&quot;: here people are checked in, walk-ins registered and their details corrected. Everything else of the event changes at the hub (%2).</source>
        <translation>Esta es la copia de la mesa de registro «%1»: aquí se registran llegadas, personas sin inscripción previa y correcciones de datos. Todo lo demás del evento se cambia en el centro (%2).</translation>
    </message>
    <message>
        <source>This event is not a desk&apos;s copy.</source>
        <translation>Este evento no es la copia de una mesa de registro.</translation>
    </message>
</context>
<context>
    <name>taller::HubChanges</name>
    <message>
        <source>The change could not be recorded for the desks; nothing was changed.</source>
        <translation>El cambio no se pudo registrar para las mesas de registro; no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>taller::Operations</name>
    <message>
        <source>Check-in</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <source>Check-in undone</source>
        <translation>Llegada anulada</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Persona sin inscripción previa</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Aplicado</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repetido</translation>
    </message>
    <message>
        <source>Same person</source>
        <translation>Misma persona</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
</context>
<context>
    <name>taller::DeskLink</name>
    <message>
        <source>1 change to send</source>
        <translation>1 cambio por enviar</translation>
    </message>
    <message>
        <source>%1 changes to send</source>
        <translation>%1 cambios por enviar</translation>
    </message>
    <message>
        <source>The computer at this address is not the hub this desk joined (its certificate is not the one the pairing code named). Nothing was sent to it.</source>
        <translation>La computadora en esta dirección no es el centro al que se unió este equipo (su certificado no es el que indicaba el código de emparejamiento). No se le envió nada.</translation>
    </message>
    <message>
        <source>The computer at this address is not the hub this desk joined. Nothing was sent to it.</source>
        <translation>La computadora en esta dirección no es el centro al que se unió este equipo. No se le envió nada.</translation>
    </message>
    <message>
        <source>Connected to the hub %1</source>
        <translation>Conectado al centro %1</translation>
    </message>
    <message>
        <source>Connected to the hub %1: %2</source>
        <translation>Conectado al centro %1: %2</translation>
    </message>
    <message>
        <source>The hub refused this desk: %1</source>
        <translation>El centro rechazó este equipo: %1</translation>
    </message>
    <message>
        <source>No connection with the hub %1; nothing waiting to be sent</source>
        <translation>Sin conexión con el centro %1; nada pendiente de envío</translation>
    </message>
    <message>
        <source>No connection with the hub: %1</source>
        <translation>Sin conexión con el centro: %1</translation>
    </message>
    <message>
        <source>%1 is not a desk&apos;s copy of an event: join a hub first (taller-abierto-cli join).</source>
        <translation>%1 no es la copia local de un evento compartido: primero únase a un centro (taller-abierto-cli join).</translation>
    </message>
    <message>
        <source>it did not answer</source>
        <translation>no respondió</translation>
    </message>
    <message>
        <source>Could not reach the hub %1 (%2). The copy keeps working; %3.</source>
        <translation>No se pudo conectar con el centro %1 (%2). La copia sigue funcionando; %3.</translation>
    </message>
    <message>
        <source>nothing is waiting to be sent</source>
        <translation>no hay nada pendiente de envío</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file for this desk&apos;s copy.</source>
        <translation>%1 ya existe; elija un archivo nuevo para la copia de este equipo.</translation>
    </message>
    <message>
        <source>Give this desk a name the team will recognise (--name &quot;Registro 2&quot;).</source>
        <translation>Dé a este equipo un nombre que todos reconozcan (--name &quot;Registro 2&quot;).</translation>
    </message>
    <message>
        <source>it did not answer within %1 seconds</source>
        <translation>no respondió en %1 segundos</translation>
    </message>
    <message>
        <source>Could not join the hub at %1: %2</source>
        <translation>No se pudo unir al centro en %1: %2</translation>
    </message>
</context>
<context>
    <name>taller::HubCertificate</name>
    <message>
        <source>Cannot make the folder %1 for the hub&apos;s certificate.</source>
        <translation>No se puede crear la carpeta %1 para el certificado del centro.</translation>
    </message>
    <message>
        <source>Taller Abierto hub on %1</source>
        <translation>Centro de Taller Abierto en %1</translation>
    </message>
    <message>
        <source>OpenSSL could not make the hub&apos;s certificate.</source>
        <translation>OpenSSL no pudo crear el certificado del centro.</translation>
    </message>
    <message>
        <source>Cannot read the hub&apos;s certificate in %1.</source>
        <translation>No se puede leer el certificado del centro en %1.</translation>
    </message>
    <message>
        <source>The hub&apos;s certificate in %1 cannot be read; move the folder away and share again to make a new one.</source>
        <translation>El certificado del centro en %1 no se puede leer; mueva la carpeta a otro lugar y vuelva a compartir para crear uno nuevo.</translation>
    </message>
</context>
<context>
    <name>taller::HubServer</name>
    <message>
        <source>Cannot share the event on port %1: %2</source>
        <translation>No se puede compartir el evento en el puerto %1: %2</translation>
    </message>
    <message>
        <source>Pair this device with the hub first.</source>
        <translation>Primero empareje este equipo con el centro.</translation>
    </message>
    <message>
        <source>This device and the hub run different versions of the program (event format %1 and %2): install the same version on both.</source>
        <translation>Este equipo y el centro tienen versiones distintas del programa (formato de evento %1 y %2): instale la misma versión en ambos.</translation>
    </message>
    <message>
        <source>The event is not shared.</source>
        <translation>El evento no se está compartiendo.</translation>
    </message>
    <message>
        <source>The hub cannot read this change (kind &quot;%1&quot;); it was not made.</source>
        <translation>El centro no puede leer este cambio (tipo «%1»); no se hizo.</translation>
    </message>
</context>
<context>
    <name>taller::PairingCode</name>
    <message>
        <source>This is not a pairing code. It starts with taller:// and is shown by the hub under Archivo → Compartir en la red local.</source>
        <translation>Esto no es un código de emparejamiento. Empieza con taller:// y lo muestra el centro en Archivo → Compartir en la red local.</translation>
    </message>
    <message>
        <source>The pairing code has no port after the address (…:48620).</source>
        <translation>Al código de emparejamiento le falta el puerto después de la dirección (…:48620).</translation>
    </message>
    <message>
        <source>The pairing code has no key (clave=…).</source>
        <translation>Al código de emparejamiento le falta la clave (clave=…).</translation>
    </message>
    <message>
        <source>The pairing code&apos;s fingerprint (huella=…) is not whole: it has 64 letters and digits.</source>
        <translation>La huella del código de emparejamiento (huella=…) está incompleta: tiene 64 letras y cifras.</translation>
    </message>
</context>
<context>
    <name>taller::JoinDialog</name>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Unirse</translation>
    </message>
    <message>
        <source>Join an event</source>
        <translation>Unirse a un evento</translation>
    </message>
    <message>
        <source>On the computer that shares the event (the hub), Archivo → Compartir en la red local shows a code that starts with taller://. Paste it here; this laptop gets its own copy of the event and keeps working when the network drops.</source>
        <translation>En la computadora que comparte el evento (el centro), Archivo → Compartir en la red local muestra un código que empieza con taller://. Péguelo aquí: esta laptop tendrá su propia copia del evento y seguirá funcionando si se cae la red.</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>Código de emparejamiento</translation>
    </message>
    <message>
        <source>This desk&apos;s name</source>
        <translation>Nombre de este equipo</translation>
    </message>
    <message>
        <source>This desk&apos;s copy</source>
        <translation>Copia de este equipo</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Pairing &amp;code:</source>
        <translation>&amp;Código de emparejamiento:</translation>
    </message>
    <message>
        <source>This desk&apos;s &amp;name:</source>
        <translation>&amp;Nombre de este equipo:</translation>
    </message>
    <message>
        <source>&amp;Save the copy as:</source>
        <translation>&amp;Guardar la copia en:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>desk-copy</source>
        <translation>copia-del-evento</translation>
    </message>
    <message>
        <source>Save this desk&apos;s copy as</source>
        <translation>Guardar la copia de este equipo como</translation>
    </message>
    <message>
        <source>Taller Abierto events (*.taller)</source>
        <translation>Eventos de Taller Abierto (*.taller)</translation>
    </message>
    <message>
        <source>Paste the pairing code the hub shows (it starts with taller://).</source>
        <translation>Pegue el código de emparejamiento que muestra el centro (empieza con taller://).</translation>
    </message>
    <message>
        <source>Give this desk a name the team will recognise, such as &quot;Registro 2&quot;.</source>
        <translation>Dé a este equipo un nombre que todos reconozcan, como «Registro 2».</translation>
    </message>
    <message>
        <source>Say where to keep this desk&apos;s copy of the event.</source>
        <translation>Indique dónde guardar la copia del evento en este equipo.</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file for this desk&apos;s copy.</source>
        <translation>%1 ya existe; elija un archivo nuevo para la copia de este equipo.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>Joining the hub at %1…</source>
        <translation>Uniéndose al centro en %1…</translation>
    </message>
</context>
<context>
    <name>taller::ShareDialog</name>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>&amp;Withdraw device…</source>
        <translation>&amp;Retirar equipo…</translation>
    </message>
    <message>
        <source>Share on the local network</source>
        <translation>Compartir en la red local</translation>
    </message>
    <message>
        <source>Pairing code as a QR code</source>
        <translation>Código de emparejamiento como código QR</translation>
    </message>
    <message>
        <source>On the other laptop: Archivo → Unirse a un evento, then paste the code (or read this QR with its camera).</source>
        <translation>En la otra laptop: Archivo → Unirse a un evento, y pegue el código (o lea este QR con su cámara).</translation>
    </message>
    <message>
        <source>Sharing at %1:%2</source>
        <translation>Compartiendo en %1:%2</translation>
    </message>
    <message>
        <source>The laptops that join must be on the same network (the venue&apos;s Wi-Fi or this computer&apos;s hotspot).</source>
        <translation>Las laptops que se unan deben estar en la misma red (el Wi-Fi del local o el punto de acceso de esta computadora).</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>Código de emparejamiento</translation>
    </message>
    <message>
        <source>Pairing &amp;code (serves one device, once):</source>
        <translation>Código de e&amp;mparejamiento (sirve a un equipo, una vez):</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copied. Paste it on the other laptop.</source>
        <translation>Copiado. Péguelo en la otra laptop.</translation>
    </message>
    <message>
        <source>&amp;New code</source>
        <translation>&amp;Nuevo código</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Última conexión</translation>
    </message>
    <message>
        <source>Changes sent</source>
        <translation>Cambios enviados</translation>
    </message>
    <message>
        <source>Paired devices</source>
        <translation>Equipos emparejados</translation>
    </message>
    <message>
        <source>Paired &amp;devices:</source>
        <translation>E&amp;quipos emparejados:</translation>
    </message>
    <message>
        <source>&amp;Stop sharing</source>
        <translation>&amp;Dejar de compartir</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Cerr&amp;ar</translation>
    </message>
    <message>
        <source>The event stays shared while it is open.</source>
        <translation>El evento sigue compartido mientras esté abierto.</translation>
    </message>
    <message>
        <source>A new code for the next device. Each code pairs one device, once.</source>
        <translation>Un código nuevo para el siguiente equipo. Cada código empareja un equipo, una sola vez.</translation>
    </message>
    <message>
        <source>withdrawn %1</source>
        <translation>retirado %1</translation>
    </message>
    <message>
        <source>connected now</source>
        <translation>conectado ahora</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <source>&quot;%1&quot; joined with the code shown; this is a new one for the next device.</source>
        <translation>«%1» se unió con el código mostrado; este es uno nuevo para el siguiente equipo.</translation>
    </message>
    <message>
        <source>Withdraw device</source>
        <translation>Retirar equipo</translation>
    </message>
    <message>
        <source>Withdraw &quot;%1&quot; from this event? It is disconnected at once and refused from then on; what it sent stays. To come back it has to join again with a new code.</source>
        <translation>¿Retirar «%1» de este evento? Se desconecta de inmediato y se rechaza desde entonces; lo que envió se conserva. Para volver tendrá que unirse otra vez con un código nuevo.</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Retirar</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was withdrawn.</source>
        <translation>Se retiró «%1».</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Pages of the mesas and the projector</source>
        <translation>Páginas de las mesas y del proyector</translation>
    </message>
    <message>
        <source>&amp;Pages in a browser (no install, no account):</source>
        <translation>Páginas en un na&amp;vegador (sin instalar nada, sin cuenta):</translation>
    </message>
    <message>
        <source>Open the link on the mesa&apos;s phone or laptop, or read the QR with its camera. The browser warns once that it does not know the hub&apos;s certificate: it is this computer&apos;s own; continue to the page.</source>
        <translation>Abra el enlace en el teléfono o la laptop de la mesa, o lea el QR con su cámara. El navegador avisará una vez que no conoce el certificado del centro: es el propio de esta computadora; continúe a la página.</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>Copiar en&amp;lace</translation>
    </message>
    <message>
        <source>Registration &amp;laptops</source>
        <translation>Laptops de re&amp;gistro</translation>
    </message>
    <message>
        <source>&amp;Mesas&apos; pages</source>
        <translation>&amp;Páginas de las mesas</translation>
    </message>
    <message>
        <source>The link of the page chosen, for the mesa&apos;s phone or laptop.</source>
        <translation>El enlace de la página elegida, para el teléfono o la laptop de la mesa.</translation>
    </message>
    <message>
        <source>Mesa %1</source>
        <translation>Mesa %1</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Proyector</translation>
    </message>
    <message>
        <source>&amp;Replace link…</source>
        <translation>Reemplazar &amp;enlace…</translation>
    </message>
    <message>
        <source>A new link for this page; the old one opens nothing from then on.</source>
        <translation>Un enlace nuevo para esta página; desde entonces el anterior no abre nada.</translation>
    </message>
    <message>
        <source>Replace link</source>
        <translation>Reemplazar enlace</translation>
    </message>
    <message>
        <source>Replace the link of %1? Whoever has the old link (and its QR) can no longer open the page; give the new one to the mesa.</source>
        <translation>¿Reemplazar el enlace de %1? Quien tenga el enlace anterior (y su QR) ya no podrá abrir la página; entregue el nuevo a la mesa.</translation>
    </message>
</context>
<context>
    <name>taller::WebServer</name>
    <message>
        <source>Cannot serve the mesas&apos; pages on port %1: %2</source>
        <translation>No se pueden servir las páginas de las mesas en el puerto %1: %2</translation>
    </message>
    <message>
        <source>The projector has no link.</source>
        <translation>El proyector no tiene enlace.</translation>
    </message>
    <message>
        <source>The request&apos;s headers are too long.</source>
        <translation>Las cabeceras de la solicitud son demasiado largas.</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>La solicitud es demasiado grande.</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>Aquí no hay nada.</translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation>%1 debe ser texto.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <source>The body is not a JSON object.</source>
        <translation>El cuerpo no es un objeto JSON.</translation>
    </message>
    <message>
        <source>baseRevision is missing.</source>
        <translation>Falta baseRevision.</translation>
    </message>
    <message>
        <source>This mesa has no such commitment.</source>
        <translation>Esta mesa no tiene ese compromiso.</translation>
    </message>
    <message>
        <source>clientKey is missing.</source>
        <translation>Falta clientKey.</translation>
    </message>
    <message>
        <source>Write the commitment&apos;s title first.</source>
        <translation>Escriba primero el título del compromiso.</translation>
    </message>
    <message>
        <source>The request must give its body&apos;s length.</source>
        <translation>La solicitud debe indicar la longitud de su cuerpo.</translation>
    </message>
    <message>
        <source>%1 is not a field of a commitment.</source>
        <translation>%1 no es un campo de un compromiso.</translation>
    </message>
</context>
<context>
    <name>taller::WebPages</name>
    <message>
        <source>Merged into %1 «%2»</source>
        <translation>Fusionado en %1 «%2»</translation>
    </message>
    <message>
        <source>This mesa is no longer in the event.</source>
        <translation>Esta mesa ya no está en el evento.</translation>
    </message>
    <message>
        <source>The Acta de Compromisos is closed for signature: the commitments can no longer be changed here. A correction of the acta, at the facilitator&apos;s laptop, opens them again.</source>
        <translation>El Acta de Compromisos está cerrada para firma: los compromisos ya no se pueden cambiar aquí. Una corrección del acta, en la laptop del facilitador, los abre de nuevo.</translation>
    </message>
</context>
<context>
    <name>taller::CommitmentsFromCopy</name>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>title: %1</source>
        <translation>título: %1</translation>
    </message>
    <message>
        <source>%1 «%2»: changed both here and in the copy (%3); this event keeps its own. The copy says — %4</source>
        <translation>%1 «%2»: cambiado aquí y en la copia (%3); este evento conserva el suyo. La copia dice — %4</translation>
    </message>
    <message>
        <source>%1 «%2»: this event already has a commitment with this title, different (%3); it keeps its own. The copy says — %4</source>
        <translation>%1 «%2»: este evento ya tiene un compromiso con este título, distinto (%3); conserva el suyo. La copia dice — %4</translation>
    </message>
    <message>
        <source>Mesa %1 does not exist in this event.</source>
        <translation>La mesa %1 no existe en este evento.</translation>
    </message>
    <message>
        <source>The copy %1 has no commitment of mesa %2.</source>
        <translation>La copia %1 no tiene ningún compromiso de la mesa %2.</translation>
    </message>
</context>
<context>
    <name>taller::DeskLedger</name>
    <message>
        <source>The change %1 waiting in this desk&apos;s copy is of a kind the program does not know (&quot;%2&quot;); nothing was sent.</source>
        <translation>El cambio %1 que espera en la copia de esta mesa de registro es de un tipo que el programa no conoce («%2»); no se envió nada.</translation>
    </message>
</context>
</TS>
