<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Planted</name>
    <message>
        <location filename="../ui/Planted.qml" line="5"/>
        <source>Translated</source>
        <translation>Traduit</translation>
    </message>
</context>
<context>
    <name>PlantedWindow</name>
    <message>
        <location filename="../app/gui/PlantedWindow.qml" line="3"/>
        <source>Left open</source>
        <translation type="unfinished">Laissé ouvert</translation>
    </message>
</context>
</TS>
